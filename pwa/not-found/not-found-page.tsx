import { A } from '@solidjs/router';
import { usePageTitle } from '../ui/page-title.ts';
import { notFoundMessages } from './messages.ts';

/** The "not found" content, also used by screens whose record does not exist (an unknown territory). */
export function NotFoundMessage(props: { title: string; text: string }) {
  usePageTitle(() => props.title);
  return (
    <section class="not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{props.title}</h1>
      <p>{props.text}</p>
      <p>
        <A href="/" class="button">
          {notFoundMessages().home}
        </A>
      </p>
    </section>
  );
}

export function NotFoundPage() {
  return <NotFoundMessage title={notFoundMessages().title} text={notFoundMessages().text} />;
}

/** A catalogue or page of a territory that does not exist (or no longer). */
export function UnknownTerritory() {
  return <NotFoundMessage title={notFoundMessages().territoryTitle} text={notFoundMessages().territoryText} />;
}
