import { A } from '@solidjs/router';
import { t } from '../lib/i18n.ts';
import { usePageTitle } from '../ui/page-title.ts';

/** The "not found" content, also used by screens whose record does not exist (an unknown territory). */
export function NotFoundMessage(props: { title: string; text: string }) {
  usePageTitle(() => props.title);
  return (
    <section class="not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{props.title}</h1>
      <p>{props.text}</p>
      <p>
        <A href="/" class="button">
          {t().notFound.home}
        </A>
      </p>
    </section>
  );
}

export function NotFoundPage() {
  return <NotFoundMessage title={t().notFound.title} text={t().notFound.text} />;
}
