import type { ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import { useBilingual } from './context';
import styles from './styles.module.css';

function ParallelIcon(): ReactNode {
  return (
    <svg className={styles.icon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <rect x="3" y="4" width="7.5" height="16" rx="1.5" />
      <rect x="13.5" y="4" width="7.5" height="16" rx="1.5" />
    </svg>
  );
}

/**
 * The control on every doc page that turns the parallel view (both languages side by side,
 * section by section) on and off. It is in the server HTML, so the page does not move when the
 * script starts; without a script it does nothing, and the page reads as usual.
 */
export default function ViewToggle(): ReactNode {
  const bilingual = useBilingual();
  if (bilingual === null) return null;
  const { translated, view, status, setView } = bilingual;
  const on = view === 'parallel';
  return (
    <div className={styles.toolbar} data-bilingual-toolbar="">
      <button
        type="button"
        className={styles.viewToggle}
        aria-pressed={on}
        disabled={!translated}
        onClick={() => {
          setView(on ? 'single' : 'parallel');
        }}
        title={
          translated
            ? translate({
                id: 'bilingual.view.toggleTitle',
                message: '한국어와 영어를 절마다 나란히 놓고 읽습니다',
                description: 'Tooltip of the parallel-view button',
              })
            : translate({
                id: 'bilingual.view.unavailable',
                message: '이 페이지는 아직 다른 언어로 옮겨지지 않았습니다',
                description: 'Tooltip of the parallel-view button on a page without a translation',
              })
        }
      >
        <ParallelIcon />
        {/* On a phone only the icon shows; the words stay the button's name. */}
        <span className={styles.viewLabel}>
          <Translate
            id="bilingual.view.toggle"
            description="Button that shows the page in Korean and English side by side, section by section"
          >
            한·영 나란히 보기
          </Translate>
        </span>
      </button>
      <span role="status" className={styles.toolbarStatus}>
        {on && status === 'loading' && (
          <Translate id="bilingual.loading" description="While the other language loads">
            불러오는 중…
          </Translate>
        )}
        {on && status === 'error' && (
          <Translate
            id="bilingual.view.error"
            description="The parallel view could not load the other language"
          >
            다른 언어의 페이지를 불러오지 못해 한 언어로 보여 줍니다.
          </Translate>
        )}
      </span>
    </div>
  );
}
