import lunr from 'lunr';
import { latinOptions } from '../lunrSetup';
import { tokenize } from '../tokenize';

const latin = latinOptions(lunr);
const terms = (text: string) => tokenize(text, latin).map((token) => token.term);

describe('tokenize', () => {
  it('stems Korean words and drops particles standing alone', () => {
    expect(terms('컨테이너를 가상머신의 컨테이너에서')).toEqual([
      '컨테이너',
      '가상머신',
      '컨테이너',
    ]);
  });

  it('cuts words where the script changes and drops the particle left over', () => {
    expect(terms('호스트OS를 VM과 Docker는')).toEqual(['호스트', 'os', 'vm', 'docker']);
  });

  it('lower-cases, stems and stop-word filters English', () => {
    expect(terms('The Containers are running')).toEqual(['contain', 'run']);
  });

  it('keeps dotted and digit words whole and splits at hyphens and slashes', () => {
    expect(terms('node.js k8s scale-out Windows/Linux')).toEqual([
      'node.js',
      'k8s',
      'scale',
      'out',
      'window',
      'linux',
    ]);
  });

  it('reports where each word is in the original text', () => {
    const text = '하이퍼바이저(hypervisor)를 쓴다';
    for (const token of tokenize(text, latin)) {
      expect(text.slice(token.start, token.start + token.length).toLowerCase()).toBe(token.surface);
    }
  });

  it('composes decomposed Hangul (as pasted from macOS) before stemming', () => {
    expect(terms('컨테이너를'.normalize('NFD'))).toEqual(['컨테이너']);
  });

  it('treats jamo an IME shows mid-syllable as a separator', () => {
    expect(terms('가상머ㅅ')).toEqual(['가상머']);
  });

  it('keeps content words a stop-word list would drop', () => {
    expect(terms('시간 다음 설정')).toEqual(['시간', '다음', '설정']);
  });
});
