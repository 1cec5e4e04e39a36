import { glossary } from '../../../data/glossary';
import { compareByName } from '../../../utils/glossarySearch';
import glossaryOrderPlugin, { glossaryOrder } from '..';

describe('glossaryOrder', () => {
  it('lists every term once per language, in dictionary order of that language', () => {
    const order = glossaryOrder();
    for (const locale of ['ko', 'en'] as const) {
      expect([...order[locale]].sort()).toEqual(glossary.map((term) => term.id).sort());
      expect(order[locale]).toEqual([...glossary].sort(compareByName(locale)).map((t) => t.id));
    }
    // Korean names in 가나다 order; English names alphabetically, whatever the case.
    const ko = order.ko.map((id) => glossary.find((term) => term.id === id)?.name.ko ?? '');
    expect(ko.indexOf('가상머신')).toBeLessThan(ko.indexOf('컨테이너'));
    const en = order.en.map((id) => glossary.find((term) => term.id === id)?.name.en ?? '');
    expect(en.indexOf('container')).toBeLessThan(en.indexOf('Docker'));
  });

  it('is published as the plugin global data', async () => {
    const plugin = glossaryOrderPlugin();
    const content = await plugin.loadContent?.();
    let published: unknown;
    await plugin.contentLoaded?.({
      content: content ?? glossaryOrder(),
      actions: {
        setGlobalData: (data: unknown) => {
          published = data;
        },
      },
    } as never);
    expect(published).toEqual(glossaryOrder());
  });
});
