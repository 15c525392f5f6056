import { html } from 'hono/html';
import { telHref, webHref } from '../../pwa/lib/links.ts';
import { type OpenState, openState } from '../../schema/opening-hours.ts';
import { words } from './layout.ts';

/**
 * The first screens a citizen opens, drawn from the same public API answers the PWA reads, with the markup and classes
 * of the PWA's screens (pwa/home/home-page.tsx, pwa/catalogue/catalogue-page.tsx, pwa/catalogue/service-page.tsx):
 * what the phone paints before any JavaScript has arrived. Favourites are kept on the phone: the app adds them.
 */

export type TerritoryEntry = { slug: string; name: string; kind: string; regionName?: string | null; planningSince?: number | null };
export type RegionEntry = { code: string; name: string };
type CodeEntry = { code?: string; name?: string | null; paragraph?: string | null; category?: string | null };
export type ServiceEntry = {
  id: string;
  name: string;
  kind: string;
  providerId: string;
  city?: string | null;
  description?: string | null;
  phone?: string | null;
  email?: string | null;
  web?: string | null;
  openingHours?: { day: number; opens: string; closes: string; note?: string }[] | null;
  alwaysOpen?: boolean | null;
};
export type CatalogueAnswer = {
  territory: { slug: string; name: string };
  services: ServiceEntry[];
  providers: { id: string; name: string }[];
  codeLists?: { serviceKinds: CodeEntry[] };
};

/** The catalogue's first page of results, as the app shows it (pwa/catalogue/catalogue-page.tsx `PAGE`). */
const PAGE = 30;
const czechOrder = new Intl.Collator('cs-CZ');

export function homeScreen(territories: TerritoryEntry[], regions: RegionEntry[]) {
  const sorted = [...territories].sort((a, b) => czechOrder.compare(a.name, b.name));
  return html`<section class="intro" aria-labelledby="home-title">
      <h1 id="home-title">${words.home.title}</h1>
      ${words.home.intro.map((paragraph) => html`<p>${paragraph}</p>`)}
    </section>
    <section class="territories" aria-labelledby="territories-title">
      <div class="section-heading">
        <h2 id="territories-title">${words.territories}</h2>
        ${sorted.length > 0 ? html`<p class="section-heading__count">${words.home.territoryCount(sorted.length)}</p>` : ''}
      </div>
      ${regions.length > 0
        ? html`<nav class="region-links" aria-label="${words.home.regionsNav}"><ul class="region-links__list" role="list">${regions.map(
            (region) => html`<li><a href="/kraj/${region.code}" class="button button--secondary">${words.home.regionLink(region.name)}</a></li>`,
          )}</ul></nav>`
        : ''}
      ${sorted.length === 0
        ? html`<p>${words.home.noTerritories}</p>`
        : html`<ul class="card-list" role="list">${sorted.map((territory) => html`<li>${territoryCard(territory)}</li>`)}</ul>`}
    </section>`;
}

function territoryCard(territory: TerritoryEntry) {
  return html`<article class="card territory-card">
    <h3 class="card__title" id="card-${territory.slug}"><a href="/uzemi/${territory.slug}" class="card__link">${territory.name}</a></h3>
    <p class="meta-line"><span class="badge">${words.home.kind[territory.kind] ?? territory.kind}</span><span>${territory.regionName ?? ''}</span></p>
    ${territory.planningSince ? html`<p class="card__detail">${words.home.planningSince(territory.planningSince)}</p>` : ''}
    <p class="card__extra"><a href="/uzemi/${territory.slug}/katalog" class="card__extra-link" aria-describedby="card-${territory.slug}">${words.home.catalogueLink}</a></p>
  </article>`;
}

const kindsOf = (catalogue: CatalogueAnswer) => new Map((catalogue.codeLists?.serviceKinds ?? []).map((kind) => [kind.code ?? '', kind]));

export function catalogueScreen(slug: string, catalogue: CatalogueAnswer, now: Date) {
  const kinds = kindsOf(catalogue);
  const providers = new Map(catalogue.providers.map((provider) => [provider.id, provider.name]));
  const services = [...catalogue.services].sort((a, b) => czechOrder.compare(a.name, b.name));
  const c = words.catalogue;
  return html`<p class="back-link"><a href="/uzemi/${slug}"><span aria-hidden="true">←</span>${catalogue.territory.name}</a></p>
    <section class="catalogue" aria-labelledby="catalogue-title">
      <header class="catalogue__header">
        <h1 id="catalogue-title">${c.heading}</h1>
        <p class="catalogue__territory">${catalogue.territory.name}</p>
      </header>
      <search class="catalogue__search">
        <label for="catalogue-q" class="field__label">${c.searchLabel}</label>
        <input id="catalogue-q" class="field__input catalogue__input" type="search" autocomplete="off" enterkeyhint="search" aria-describedby="catalogue-q-hint" />
        <p id="catalogue-q-hint" class="field__hint">${c.searchHint}</p>
        <details class="catalogue__filters"><summary>${c.filtersHeading}</summary></details>
      </search>
      <div class="catalogue__tools">
        <button type="button" class="button button--secondary" aria-pressed="false">${c.nearMe}</button>
        <a class="button button--secondary" href="/uzemi/${slug}/katalog/tisk">${c.print}</a>
        <button type="button" class="button button--secondary">${c.share}</button>
      </div>
      <div role="status" class="catalogue__status"><p class="catalogue__count">${c.resultCount(services.length)}</p></div>
      <h2 class="visually-hidden">${c.resultsHeading}</h2>
      ${services.length === 0
        ? html`<p>${c.noResults}</p>`
        : html`<ul class="result-list" role="list">${services.slice(0, PAGE).map(
            (service) => html`<li>${serviceResult(service, providers.get(service.providerId), kinds.get(service.kind)?.name ?? service.kind, now)}</li>`,
          )}</ul>
          ${services.length > PAGE ? html`<button type="button" class="button button--secondary result-list__more">${c.showMore(Math.min(PAGE, services.length - PAGE))}</button>` : ''}`}
    </section>`;
}

/** "Open now, until 16:00" at the moment of the request, with the app's classes (pwa/catalogue/service-card.tsx). */
function openLine(service: ServiceEntry, now: Date): { text: string; classes: string } | undefined {
  const state: OpenState = openState(service.openingHours, service.alwaysOpen, now);
  if (state.state === 'unknown') return undefined;
  return { text: words.open(state), classes: state.state === 'open' || state.state === 'always' ? 'open-state open-state--open' : 'open-state' };
}

function serviceResult(service: ServiceEntry, providerName: string | undefined, kindName: string, now: Date) {
  const open = openLine(service, now);
  return html`<article class="card service-result">
    <h3 class="card__title"><a href="/sluzby/${service.id}" class="card__link">${service.name}</a></h3>
    <p class="meta-line"><span class="badge">${kindName}</span></p>
    ${providerName ? html`<p class="service-result__provider">${providerName}</p>` : ''}
    <p class="service-result__facts">${service.city ? html`<span>${service.city}</span>` : ''}${open ? html`<span class="${open.classes}">${open.text}</span>` : ''}</p>
  </article>`;
}

/** The top of a service's page, down to its contacts: what fits a phone's first screen. */
export function serviceScreen(catalogue: CatalogueAnswer, service: ServiceEntry, now: Date) {
  const open = openLine(service, now);
  const kind = kindsOf(catalogue).get(service.kind);
  const provider = catalogue.providers.find((p) => p.id === service.providerId);
  const web = service.web ? webHref(service.web) : undefined;
  const s = words.service;
  return html`<article class="service-page" aria-labelledby="service-title">
    <p class="back-link"><a href="/uzemi/${catalogue.territory.slug}/katalog"><span aria-hidden="true">←</span>${s.backToCatalogue} (${catalogue.territory.name})</a></p>
    <h1 id="service-title">${service.name}</h1>
    <p class="service-page__kind">${kind?.name ?? service.kind}${kind?.paragraph ? ` (${kind.paragraph})` : ''} · ${kind?.category === 'related' ? s.related : s.registered}</p>
    ${provider ? html`<p>${s.provider}: <a href="/poskytovatele/${provider.id}">${provider.name}</a></p>` : ''}
    ${open ? html`<p class="service-page__open ${open.classes}">${open.text}</p>` : ''}
    ${service.description ? html`<p>${service.description}</p>` : ''}
    <div class="contact-actions">
      ${service.phone ? html`<a class="button" href="${telHref(service.phone)}">${s.call} ${service.phone}</a>` : ''}
      ${service.email ? html`<a class="button button--secondary" href="mailto:${service.email}">${s.email}</a>` : ''}
      ${web ? html`<a class="button button--secondary" href="${web.href}">${s.web}</a>` : ''}
      <button type="button" class="button button--secondary favourite-toggle" aria-pressed="false" aria-describedby="favourite-hint">☆ ${s.addFavourite}</button>
    </div>
    <p id="favourite-hint" class="field__hint">${s.favouriteHint}</p>
  </article>`;
}
