import {
  Button,
  Checkbox,
  CheckboxGroup,
  Fieldset,
  type LabelOverrides,
  Select,
  Tag,
  TextField,
  useLabels,
  useSamskapLocale,
} from '@samskap/react';
import { type FormHTMLAttributes, forwardRef, useEffect, useId, useRef } from 'react';
import {
  type CaseFacetKey,
  type CaseFacets,
  type CaseFilterValue,
  caseYearOptions,
  coerceCaseFacets,
  coerceCaseFilterValue,
  emptyCaseFilters,
  type FacetCount,
} from '../filter.js';
import { isInnovationStage, isKnownSector, isLevelOfGovernment } from '../normalize.js';
import { caseFilterParams } from '../search-params.js';
import {
  Active,
  Facets,
  FacetsPanel,
  Form,
  Options,
  SearchRow,
  Years,
} from './CaseFilters.styles.js';

const labelKeys = {
  /** The accessible name of the search landmark: "Filtrer saker". */
  label: 'cases.filters.label',
  search: 'cases.filters.search',
  submit: 'cases.filters.submit',
  country: 'cases.filters.country',
  level: 'cases.filters.level',
  sector: 'cases.filters.sector',
  stage: 'cases.filters.stage',
  tags: 'cases.filters.tags',
  years: 'cases.filters.years',
  yearFrom: 'cases.filters.yearFrom',
  yearTo: 'cases.filters.yearTo',
  anyYear: 'cases.filters.anyYear',
  /** The facet option with its count: "Norge (12)". `{{label}}`, `{{count}}`. */
  option: 'cases.filters.option',
  /** The summary that opens the facets where they fold away: "Vis filtre". */
  showFilters: 'cases.filters.showFilters',
  clearAll: 'cases.filters.clearAll',
  /** The name of the list of active filters: "Valgte filtre". */
  active: 'cases.filters.active',
  /** Read before an active filter's name on its remove button. */
  remove: 'cases.filters.remove',
  /** The active search as a filter: "Søk: {{query}}". */
  query: 'cases.filters.query',
  /** An active year range: "{{from}}–{{to}}". */
  yearRange: 'cases.filters.yearRange',
  fromYear: 'cases.filters.fromYear',
  toYear: 'cases.filters.toYear',
} as const;

/** Overrides of CaseFilters' built-in strings: a text, or a function of the values. */
export type CaseFiltersLabels = LabelOverrides<keyof typeof labelKeys>;

export interface CaseFiltersProps
  extends Omit<FormHTMLAttributes<HTMLFormElement>, 'onChange' | 'defaultValue'> {
  /** The chosen filters. The component keeps no filter state of its own. */
  value: CaseFilterValue;
  /** Called with the whole new value on every change. */
  onChange: (value: CaseFilterValue) => void;
  /** Values and counts per facet, from `filterCases(...).facets`. */
  facets: CaseFacets;
  /**
   * How many tags to offer (the most used first; chosen ones are always shown).
   * @default 12
   */
  maxTagOptions?: number;
  /**
   * When the facets fold away behind "Show filters": on narrow screens only (below 48 rem), or
   * always (for a filter panel in a narrow column). The width is decided in CSS, so the
   * server's HTML is right at every width before any script runs.
   * @default 'narrow'
   */
  collapse?: 'narrow' | 'always';
  /** Overrides of the built-in strings. */
  labels?: CaseFiltersLabels;
}

type ListKey = CaseFacetKey;

/**
 * Filters for a case list: free-text search, facets for country, level of government, sector,
 * stage and tags, and a year range, with the chosen filters as removable tags. Controlled: it
 * shows `value` and reports changes through `onChange`. It is a GET form whose fields carry the
 * URL parameter names, so without JavaScript it still submits a working filter URL.
 */
export const CaseFilters = forwardRef<HTMLFormElement, CaseFiltersProps>(function CaseFilters(
  {
    value: valueProp,
    onChange,
    facets: facetsProp,
    maxTagOptions = 12,
    collapse = 'narrow',
    labels,
    onSubmit,
    ...rest
  },
  ref,
) {
  // Both may come from a URL or a server: whatever their shape, they are shown sanely.
  const value = coerceCaseFilterValue(valueProp);
  const facets = coerceCaseFacets(facetsProp);
  const { t, displayCountry } = useSamskapLocale();
  const label = useLabels(labelKeys, labels);
  const id = useId();

  // The name of a facet value: translated where Samskap knows it, else as the data has it.
  const name = (key: ListKey, v: string): string => {
    if (key === 'countries') return displayCountry(v);
    if (key === 'levels' && isLevelOfGovernment(v)) return t(`cases.level.${v}`);
    if (key === 'stages' && isInnovationStage(v)) return t(`cases.stage.${v}`);
    if (key === 'sectors' && isKnownSector(v)) return t(`cases.sector.${v}`);
    return v;
  };

  // When an active filter's tag is removed its button goes away; focus moves to the next one.
  const activeRef = useRef<HTMLUListElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const focusAfterRemove = useRef<number | null>(null);
  useEffect(() => {
    const index = focusAfterRemove.current;
    if (index === null) return;
    focusAfterRemove.current = null;
    const buttons = activeRef.current?.querySelectorAll<HTMLButtonElement>('button');
    const next = buttons?.[Math.min(index, buttons.length - 1)];
    (next ?? searchRef.current)?.focus();
  });

  const set = (patch: Partial<CaseFilterValue>) => onChange({ ...value, ...patch });
  const toggle = (key: ListKey, v: string, checked: boolean) => {
    const list = value[key] as string[];
    set({
      [key]: checked ? [...list, v] : list.filter((x) => x !== v),
    } as Partial<CaseFilterValue>);
  };

  const active: { key: string; label: string; remove: () => void }[] = [];
  if (value.query.trim()) {
    active.push({
      key: 'q',
      label: label('query', { query: value.query.trim() }),
      remove: () => set({ query: '' }),
    });
  }
  for (const key of ['countries', 'levels', 'sectors', 'stages', 'tags'] as const) {
    for (const v of value[key]) {
      active.push({ key: `${key}:${v}`, label: name(key, v), remove: () => toggle(key, v, false) });
    }
  }
  if (value.yearFrom !== undefined || value.yearTo !== undefined) {
    active.push({
      key: 'years',
      label:
        value.yearFrom !== undefined && value.yearTo !== undefined
          ? label('yearRange', { from: value.yearFrom, to: value.yearTo })
          : value.yearFrom !== undefined
            ? label('fromYear', { from: value.yearFrom })
            : label('toYear', { to: value.yearTo }),
      remove: () => set({ yearFrom: undefined, yearTo: undefined }),
    });
  }

  const facet = (key: ListKey, legend: string, counts: FacetCount[]) => {
    if (counts.length === 0) return null;
    return (
      <CheckboxGroup
        legend={legend}
        name={caseFilterParams[key]}
        value={value[key]}
        onChange={(next) => set({ [key]: next } as Partial<CaseFilterValue>)}
      >
        <Options>
          {counts.map(({ value: v, count }) => (
            <li key={v} data-count={count}>
              <Checkbox value={v} label={label('option', { label: name(key, v), count })} />
            </li>
          ))}
        </Options>
      </CheckboxGroup>
    );
  };

  const tagOptions = facets.tags.filter(
    (f, i) => i < maxTagOptions || value.tags.includes(f.value),
  );
  const years = caseYearOptions(facets.years, value);
  const yearSelect = (which: 'yearFrom' | 'yearTo', param: string, text: string) => (
    <Select
      label={text}
      name={param}
      value={value[which] ?? ''}
      onChange={(e) => set({ [which]: e.target.value ? Number(e.target.value) : undefined })}
    >
      <option value="">{label('anyYear')}</option>
      {years.map((y) => (
        <option key={y} value={y}>
          {y}
        </option>
      ))}
    </Select>
  );

  const activeId = `${id}-active`;
  return (
    <Form
      ref={ref}
      role="search"
      aria-label={label('label')}
      method="get"
      onSubmit={(e) => {
        onSubmit?.(e);
        // With JavaScript the filters already apply as they change.
        e.preventDefault();
      }}
      {...rest}
    >
      <SearchRow>
        <TextField
          ref={searchRef}
          type="search"
          name={caseFilterParams.query}
          label={label('search')}
          value={value.query}
          onChange={(e) => set({ query: e.target.value })}
        />
        <Button type="submit" variant="secondary">
          {label('submit')}
        </Button>
      </SearchRow>

      {active.length > 0 ? (
        <Active>
          <p id={activeId}>{label('active')}</p>
          <ul ref={activeRef} aria-labelledby={activeId}>
            {active.map((a, i) => (
              <li key={a.key}>
                <Tag
                  labels={{ remove: label('remove') }}
                  onRemove={() => {
                    focusAfterRemove.current = i;
                    a.remove();
                  }}
                >
                  {a.label}
                </Tag>
              </li>
            ))}
          </ul>
          <Button
            type="button"
            variant="tertiary"
            onClick={() => {
              onChange({ ...emptyCaseFilters });
              searchRef.current?.focus();
            }}
          >
            {label('clearAll')}
          </Button>
        </Active>
      ) : null}

      {/* Folded away behind "Show filters" on narrow screens. On wide ones CSS shows the facets
          and hides the summary, so the server's HTML is right at every width and nothing moves
          when scripts start: `open` is never set from a width measured in script. */}
      <FacetsPanel summary={label('showFilters')} data-collapse={collapse}>
        <Facets>
          {facet('countries', label('country'), facets.countries)}
          {facet('levels', label('level'), facets.levels)}
          {facet('sectors', label('sector'), facets.sectors)}
          {facet('stages', label('stage'), facets.stages)}
          {facet('tags', label('tags'), tagOptions)}
          {years.length > 0 ? (
            <Fieldset legend={label('years')}>
              <Years>
                {yearSelect('yearFrom', caseFilterParams.yearFrom, label('yearFrom'))}
                {yearSelect('yearTo', caseFilterParams.yearTo, label('yearTo'))}
              </Years>
            </Fieldset>
          ) : null}
        </Facets>
      </FacetsPanel>
    </Form>
  );
});
