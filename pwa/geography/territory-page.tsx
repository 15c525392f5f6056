import { A, useNavigate, useParams } from '@solidjs/router';
import { For, Match, Show, Switch, createMemo, createResource, createSignal } from 'solid-js';
import * as v from 'valibot';
import { TerritoryPatchBody } from '../../schema/api/geography.ts';
import { Field, type FieldErrors, Notice, described, focusFirst, issuesByField, numberOrNull, serverFieldErrors, textOrNull } from '../catalogue-admin/form-kit.tsx';
import { ApiError } from '../lib/api.ts';
import { compareCzechNames } from '../lib/i18n.ts';
import { usePageTitle } from '../ui/page-title.ts';
import { ErrorNotice, Loading, SectionFeedback } from '../ui/status.tsx';
import { AdminScreen, failureText, regionPath, territoryAdminPath } from './admin-screen.tsx';
import { type Municipality, type RegionTerritory, editTerritory, regionMunicipalities, regionTerritories, retireTerritory, setMembership, territoryMunicipalities } from './geography-api.ts';
import { geographyMessages } from './messages.ts';

/** /sprava/uzemi/:code/:slug: one territory's details and which municipalities it covers. */
export default function TerritoryAdminPage() {
  const params = useParams<{ code: string; slug: string }>();
  return (
    <AdminScreen path={territoryAdminPath(params.code, params.slug)}>
      <TerritoryAdmin code={params.code} slug={params.slug} />
    </AdminScreen>
  );
}

async function loadTerritory(key: { code: string; slug: string }) {
  const { region, territories } = await regionTerritories(key.code);
  const territory = territories.find((t) => t.slug === key.slug);
  if (!territory) throw new ApiError(404, 'not_found', 'no such territory in this region');
  const parent = territory.parentId ? (territories.find((t) => t.id === territory.parentId) ?? null) : null;
  // A sub-area can only hold its parent's municipalities; everything else, the region's.
  const offered = parent ? await territoryMunicipalities(parent.slug) : await regionMunicipalities(key.code);
  const members = await territoryMunicipalities(territory.slug);
  return { region, territory, parent, offered, memberIds: new Set(members.map((item) => item.id)) };
}

function TerritoryAdmin(props: { code: string; slug: string }) {
  const m = geographyMessages;
  const [loaded, { refetch }] = createResource(() => ({ code: props.code, slug: props.slug }), loadTerritory);
  usePageTitle(() => loaded.latest?.territory.name ?? m().title);
  return (
    <>
      <p>
        <A href={regionPath(props.code)}>{loaded.latest?.region.name ?? m().backToRegions}</A>
      </p>
      <Switch>
        <Match when={loaded.error}>{(error) => <ErrorNotice error={error()} onRetry={() => void refetch()} />}</Match>
        <Match when={loaded.loading && !loaded.latest}>
          <Loading label={m().loading} />
        </Match>
        <Match when={loaded.latest}>
          {(data) => (
            <>
              <h1>{data().territory.name}</h1>
              <p class="geography__meta">{m().territoryLine(m().kinds[data().territory.kind] ?? data().territory.kind, data().territory.orpCode)}</p>
              <p>
                <A href={`/uzemi/${data().territory.slug}/katalog/sprava`}>{m().catalogueLink}</A>
              </p>
              <Members territory={data().territory} parentName={data().parent?.name ?? null} offered={data().offered} memberIds={data().memberIds} />
              <EditTerritory territory={data().territory} regionCode={props.code} />
            </>
          )}
        </Match>
      </Switch>
    </>
  );
}

function Members(props: { territory: RegionTerritory; parentName: string | null; offered: Municipality[]; memberIds: Set<string> }) {
  const m = geographyMessages;
  const [members, setMembers] = createSignal(new Set(props.memberIds));
  const [status, setStatus] = createSignal('');
  const [problem, setProblem] = createSignal('');
  const sorted = createMemo(() => [...props.offered].sort((a, b) => compareCzechNames(a.name, b.name)));

  const toggle = async (municipality: Municipality, member: boolean) => {
    setStatus('');
    setProblem('');
    try {
      await setMembership(props.territory.slug, municipality.id, member);
      const next = new Set(members());
      if (member) next.add(municipality.id);
      else next.delete(municipality.id);
      setMembers(next);
      setStatus(member ? m().memberAdded(municipality.name) : m().memberRemoved(municipality.name));
    } catch (error) {
      // The box goes back to what the server holds.
      setMembers(new Set(members()));
      setProblem(error instanceof ApiError && error.status === 409 ? error.message : failureText(error));
    }
  };

  return (
    <section aria-labelledby="members-title">
      <h2 id="members-title">{m().membersHeading}</h2>
      <p>{m().membersIntro(props.parentName)}</p>
      <p class="geography__meta">{m().municipalityCount(members().size)}</p>
      <SectionFeedback status={status()} problem={problem()} />
      <Show when={sorted().length > 0} fallback={<p>{m().noMunicipalities}</p>}>
        <ul class="geography__members" role="list">
          <For each={sorted()}>
            {(municipality) => (
              <li>
                <label>
                  <input type="checkbox" checked={members().has(municipality.id)} onChange={(e) => void toggle(municipality, e.currentTarget.checked)} />
                  {m().memberLabel(municipality.name, municipality.code)}
                </label>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}

function EditTerritory(props: { territory: RegionTerritory; regionCode: string }) {
  const m = geographyMessages;
  const navigate = useNavigate();
  const [name, setName] = createSignal(props.territory.name);
  const [orpCode, setOrpCode] = createSignal(props.territory.orpCode ?? '');
  const [planningSince, setPlanningSince] = createSignal(props.territory.planningSince?.toString() ?? '');
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [failure, setFailure] = createSignal('');
  const [success, setSuccess] = createSignal('');

  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    setFailure('');
    setSuccess('');
    const changes = {
      name: name(),
      planningSince: numberOrNull(planningSince()),
      ...(props.territory.kind === 'orp' ? { orpCode: textOrNull(orpCode()) } : {}),
    };
    const checked = v.safeParse(TerritoryPatchBody, changes);
    if (!checked.success) {
      const found = issuesByField(checked.issues, m().issue);
      setErrors(found);
      focusFirst(['name', 'orpCode', 'planningSince'].filter((field) => found[field]).map((field) => `edit-${field}`));
      return;
    }
    setErrors({});
    try {
      await editTerritory(props.territory.slug, checked.output);
      setSuccess(m().saved);
    } catch (error) {
      const found = serverFieldErrors(error, m().issue);
      setErrors(found);
      setFailure(Object.keys(found).length ? m().errors.invalid : failureText(error));
    }
  };

  const retire = async () => {
    setFailure('');
    setSuccess('');
    try {
      await retireTerritory(props.territory.slug);
      navigate(regionPath(props.regionCode));
    } catch (error) {
      setFailure(error instanceof ApiError && error.status === 409 ? error.message : failureText(error));
    }
  };

  return (
    <section aria-labelledby="edit-title">
      <h2 id="edit-title">{m().editTerritory}</h2>
      <form class="form" onSubmit={(event) => void save(event)} novalidate>
        <Field id="edit-name" label={m().territoryName} error={errors().name}>
          <input class="field__input" {...described('edit-name', errors().name)} value={name()} onInput={(e) => setName(e.currentTarget.value)} />
        </Field>
        <Show when={props.territory.kind === 'orp'}>
          <Field id="edit-orpCode" label={m().orpCode} hint={m().orpCodeHint} error={errors().orpCode}>
            <input class="field__input" inputmode="numeric" {...described('edit-orpCode', errors().orpCode, true)} value={orpCode()} onInput={(e) => setOrpCode(e.currentTarget.value)} />
          </Field>
        </Show>
        <Field id="edit-planningSince" label={m().planningSince} error={errors().planningSince} optional>
          <input class="field__input" inputmode="numeric" {...described('edit-planningSince', errors().planningSince)} value={planningSince()} onInput={(e) => setPlanningSince(e.currentTarget.value)} />
        </Field>
        <Notice failure={failure()} success={success()} />
        <div class="form__actions">
          <button class="button" type="submit">
            {m().save}
          </button>
        </div>
      </form>
      <div class="catalogue-admin__retire">
        <p>{m().retireTerritoryHint}</p>
        <button type="button" class="button button--secondary" onClick={() => void retire()}>
          {m().retireTerritory}
        </button>
      </div>
    </section>
  );
}
