import { type Locale, locale, setLocale, t } from '../lib/i18n.ts';

const OTHER: Record<Locale, Locale> = { cs: 'en', en: 'cs' };
const NAME_IN_ITSELF: Record<Locale, string> = { cs: 'Čeština', en: 'English' };

/** One button that names the other language in that language, as people look for their own language's name. */
export function LanguageSwitch() {
  const other = () => OTHER[locale()];
  return (
    <button
      type="button"
      class="language-switch"
      lang={other()}
      title={t().layout.switchLanguage}
      onClick={() => setLocale(other())}
    >
      {NAME_IN_ITSELF[other()]}
    </button>
  );
}
