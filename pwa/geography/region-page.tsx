import { A, useParams } from '@solidjs/router';
import { For, Match, Show, Switch, createResource, createSignal } from 'solid-js';
import * as v from 'valibot';
import { TerritoryCreateBody } from '../../schema/api/geography.ts';
import { TERRITORY_KINDS } from '../../schema/enums.ts';
import { Field, type FieldErrors, Notice, described, focusFirst, issuesByField, numberOrNull, serverFieldErrors, textOrNull } from '../catalogue-admin/form-kit.tsx';
import { compareCzechNames } from '../lib/i18n.ts';
import { usePageTitle } from '../ui/page-title.ts';
import { ErrorNotice, Loading } from '../ui/status.tsx';
import { AdminScreen, failureText, geographyPath, regionPath, territoryAdminPath } from './admin-screen.tsx';
import { type RegionTerritory, type TerritoryKind, createTerritory, regionTerritories } from './geography-api.ts';
import { geographyMessages } from './messages.ts';
import { MunicipalitiesSection } from './municipalities-section.tsx';

/** /sprava/uzemi/:code: one region's territories and municipalities. */
export default function RegionPage() {
  const params = useParams<{ code: string }>();
  return (
    <AdminScreen path={regionPath(params.code)}>
      <Region code={params.code} />
    </AdminScreen>
  );
}

function Region(props: { code: string }) {
  const m = geographyMessages;
  const [loaded, { refetch, mutate }] = createResource(() => props.code, regionTerritories);
  usePageTitle(() => loaded.latest?.region.name ?? m().title);
  const sorted = () => [...(loaded.latest?.territories ?? [])].sort((a, b) => compareCzechNames(a.name, b.name));
  const added = (territory: RegionTerritory) => mutate((current) => current && { ...current, territories: [...current.territories, territory] });

  return (
    <>
      <p>
        <A href={geographyPath}>{m().backToRegions}</A>
      </p>
      <Switch>
        <Match when={loaded.error}>{(error) => <ErrorNotice error={error()} onRetry={() => void refetch()} />}</Match>
        <Match when={loaded.loading && !loaded.latest}>
          <Loading label={m().loading} />
        </Match>
        <Match when={loaded.latest}>
          {(region) => (
            <>
              <h1>
                {region().region.name} <span class="geography__meta">{region().region.code}</span>
              </h1>
              <section aria-labelledby="territories-title">
                <h2 id="territories-title">{m().territoriesHeading}</h2>
                <Show when={sorted().length > 0} fallback={<p>{m().noTerritories}</p>}>
                  <ul class="geography__list" role="list">
                    <For each={sorted()}>
                      {(territory) => (
                        <li>
                          <A href={territoryAdminPath(props.code, territory.slug)}>{territory.name}</A>
                          <span class="geography__meta">{m().territoryLine(m().kinds[territory.kind] ?? territory.kind, territory.orpCode)}</span>
                        </li>
                      )}
                    </For>
                  </ul>
                </Show>
              </section>
              <AddTerritory regionCode={props.code} territories={sorted()} onAdded={added} />
              <MunicipalitiesSection regionCode={props.code} />
            </>
          )}
        </Match>
      </Switch>
    </>
  );
}

const FIELD_ORDER = ['kind', 'name', 'orpCode', 'parentId', 'planningSince'] as const;

function AddTerritory(props: { regionCode: string; territories: RegionTerritory[]; onAdded: (territory: RegionTerritory) => void }) {
  const m = geographyMessages;
  const [kind, setKind] = createSignal<TerritoryKind>('orp');
  const [name, setName] = createSignal('');
  const [orpCode, setOrpCode] = createSignal('');
  const [parentId, setParentId] = createSignal('');
  const [planningSince, setPlanningSince] = createSignal('');
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [failure, setFailure] = createSignal('');
  const [success, setSuccess] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const parents = () => props.territories.filter((t) => t.kind === 'orp' || t.kind === 'mas');

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setFailure('');
    setSuccess('');
    const input = {
      kind: kind(),
      name: name(),
      regionCode: props.regionCode,
      orpCode: kind() === 'orp' ? textOrNull(orpCode()) : null,
      parentId: kind() === 'subarea' ? textOrNull(parentId()) : null,
      planningSince: numberOrNull(planningSince()),
    };
    const checked = v.safeParse(TerritoryCreateBody, input);
    const found = checked.success ? {} : issuesByField(checked.issues, m().issue);
    if (kind() === 'subarea' && !input.parentId) found.parentId = m().issue('must be a UUID');
    if (Object.keys(found).length > 0 || !checked.success) {
      setErrors(found);
      focusFirst(FIELD_ORDER.filter((field) => found[field]).map((field) => `territory-${field}`));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const { territory } = await createTerritory(checked.output);
      props.onAdded(territory);
      setName('');
      setOrpCode('');
      setPlanningSince('');
      setSuccess(m().territoryAdded(territory.name));
    } catch (error) {
      const fromServer = serverFieldErrors(error, m().issue);
      setErrors(fromServer);
      setFailure(Object.keys(fromServer).length ? m().errors.invalid : failureText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="add-territory-title">
      <h2 id="add-territory-title">{m().addTerritory}</h2>
      <form class="form" onSubmit={(event) => void submit(event)} novalidate>
        <Field id="territory-kind" label={m().kind} error={errors().kind}>
          <select class="field__input" {...described('territory-kind', errors().kind)} value={kind()} onChange={(e) => setKind(e.currentTarget.value as TerritoryKind)}>
            <For each={TERRITORY_KINDS}>{(option) => <option value={option}>{m().kinds[option]}</option>}</For>
          </select>
        </Field>
        <Field id="territory-name" label={m().territoryName} error={errors().name}>
          <input class="field__input" {...described('territory-name', errors().name)} value={name()} onInput={(e) => setName(e.currentTarget.value)} />
        </Field>
        <Show when={kind() === 'orp'}>
          <Field id="territory-orpCode" label={m().orpCode} hint={m().orpCodeHint} error={errors().orpCode}>
            <input class="field__input" inputmode="numeric" {...described('territory-orpCode', errors().orpCode, true)} value={orpCode()} onInput={(e) => setOrpCode(e.currentTarget.value)} />
          </Field>
        </Show>
        <Show when={kind() === 'subarea'}>
          <Field id="territory-parentId" label={m().parent} hint={m().parentHint} error={errors().parentId}>
            <select class="field__input" {...described('territory-parentId', errors().parentId, true)} value={parentId()} onChange={(e) => setParentId(e.currentTarget.value)}>
              <option value="">{m().noParent}</option>
              <For each={parents()}>{(parent) => <option value={parent.id}>{parent.name}</option>}</For>
            </select>
          </Field>
        </Show>
        <Field id="territory-planningSince" label={m().planningSince} error={errors().planningSince} optional>
          <input class="field__input" inputmode="numeric" {...described('territory-planningSince', errors().planningSince)} value={planningSince()} onInput={(e) => setPlanningSince(e.currentTarget.value)} />
        </Field>
        <Notice failure={failure()} success={success()} />
        <div class="form__actions">
          <button class="button" type="submit" disabled={busy()}>
            {m().addTerritory}
          </button>
        </div>
      </form>
    </section>
  );
}
