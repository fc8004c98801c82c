import {
  Button,
  Checkbox,
  CheckboxGroup,
  Fieldset,
  Select,
  Tag,
  TextField,
  useSamskapLocale,
} from '@samskap/react';
import { type FormHTMLAttributes, forwardRef, useEffect, useId, useRef, useState } from 'react';
import {
  type CaseFacetKey,
  type CaseFacets,
  type CaseFilterValue,
  caseYearOptions,
  coerceCaseFacets,
  coerceCaseFilterValue,
  emptyCaseFilters,
  type FacetCount,
} from '../cases/filter.js';
import { caseFilterParams } from '../cases/search-params.js';
import { knownSectors } from '../cases/types.js';
import {
  Active,
  Disclosure,
  Facets,
  Form,
  Options,
  SearchRow,
  Years,
} from './CaseFilters.styles.js';

export interface CaseFiltersLabels {
  label: string;
  search: string;
  submit: string;
  country: string;
  level: string;
  sector: string;
  stage: string;
  tags: string;
  years: string;
  yearFrom: string;
  yearTo: string;
  anyYear: string;
  showFilters: string;
  clearAll: string;
  active: string;
  /** Read before an active filter's name on its remove button. */
  remove: string;
}

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
   * always (for a filter panel in a narrow column).
   * @default 'narrow'
   */
  collapse?: 'narrow' | 'always';
  /** Overrides of the built-in strings. */
  labels?: Partial<CaseFiltersLabels>;
}

type ListKey = CaseFacetKey;

const WIDE = '(min-width: 48rem)';

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
  const id = useId();
  const l: CaseFiltersLabels = {
    label: labels?.label ?? t('cases.filters.label'),
    search: labels?.search ?? t('cases.filters.search'),
    submit: labels?.submit ?? t('cases.filters.submit'),
    country: labels?.country ?? t('cases.filters.country'),
    level: labels?.level ?? t('cases.filters.level'),
    sector: labels?.sector ?? t('cases.filters.sector'),
    stage: labels?.stage ?? t('cases.filters.stage'),
    tags: labels?.tags ?? t('cases.filters.tags'),
    years: labels?.years ?? t('cases.filters.years'),
    yearFrom: labels?.yearFrom ?? t('cases.filters.yearFrom'),
    yearTo: labels?.yearTo ?? t('cases.filters.yearTo'),
    anyYear: labels?.anyYear ?? t('cases.filters.anyYear'),
    showFilters: labels?.showFilters ?? t('cases.filters.showFilters'),
    clearAll: labels?.clearAll ?? t('cases.filters.clearAll'),
    active: labels?.active ?? t('cases.filters.active'),
    remove: labels?.remove ?? t('cases.filters.remove'),
  };

  const name = (key: ListKey, v: string): string => {
    if (key === 'countries') return displayCountry(v);
    if (key === 'levels') return t(`cases.level.${v as 'local'}`);
    if (key === 'stages') return t(`cases.stage.${v as 'implementing'}`);
    if (key === 'sectors' && (knownSectors as readonly string[]).includes(v)) {
      return t(`cases.sector.${v as 'health'}`);
    }
    return v;
  };

  // Facets fold away behind "Show filters" on narrow screens and stay open on wide ones.
  const [wide, setWide] = useState(false);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (collapse === 'always') {
      setWide(false);
      return;
    }
    if (typeof window === 'undefined' || !window.matchMedia) return;
    const query = window.matchMedia(WIDE);
    const update = () => setWide(query.matches);
    update();
    query.addEventListener?.('change', update);
    return () => query.removeEventListener?.('change', update);
  }, [collapse]);

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
      label: t('cases.filters.query', { query: value.query.trim() }),
      remove: () => set({ query: '' }),
    });
  }
  for (const key of ['countries', 'levels', 'sectors', 'stages', 'tags'] as const) {
    for (const v of value[key]) {
      active.push({ key: `${key}:${v}`, label: name(key, v), remove: () => toggle(key, v, false) });
    }
  }
  if (value.yearFrom !== undefined || value.yearTo !== undefined) {
    const label =
      value.yearFrom !== undefined && value.yearTo !== undefined
        ? t('cases.filters.yearRange', { from: value.yearFrom, to: value.yearTo })
        : value.yearFrom !== undefined
          ? t('cases.filters.fromYear', { from: value.yearFrom })
          : t('cases.filters.toYear', { to: value.yearTo });
    active.push({
      key: 'years',
      label,
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
              <Checkbox
                value={v}
                label={t('cases.filters.option', { label: name(key, v), count })}
              />
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
  const yearSelect = (which: 'yearFrom' | 'yearTo', param: string, label: string) => (
    <Select
      label={label}
      name={param}
      value={value[which] ?? ''}
      onChange={(e) => set({ [which]: e.target.value ? Number(e.target.value) : undefined })}
    >
      <option value="">{l.anyYear}</option>
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
      aria-label={l.label}
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
          label={l.search}
          value={value.query}
          onChange={(e) => set({ query: e.target.value })}
        />
        <Button type="submit" variant="secondary">
          {l.submit}
        </Button>
      </SearchRow>

      {active.length > 0 ? (
        <Active>
          <p id={activeId}>{l.active}</p>
          <ul ref={activeRef} aria-labelledby={activeId}>
            {active.map((a, i) => (
              <li key={a.key}>
                <Tag
                  labels={{ remove: l.remove }}
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
            {l.clearAll}
          </Button>
        </Active>
      ) : null}

      <Disclosure
        open={wide || open}
        data-wide={wide ? 'true' : 'false'}
        onToggle={(e) => {
          if (!wide) setOpen((e.currentTarget as HTMLDetailsElement).open);
        }}
      >
        <summary>{l.showFilters}</summary>
        <Facets>
          {facet('countries', l.country, facets.countries)}
          {facet('levels', l.level, facets.levels)}
          {facet('sectors', l.sector, facets.sectors)}
          {facet('stages', l.stage, facets.stages)}
          {facet('tags', l.tags, tagOptions)}
          {years.length > 0 ? (
            <Fieldset legend={l.years}>
              <Years>
                {yearSelect('yearFrom', caseFilterParams.yearFrom, l.yearFrom)}
                {yearSelect('yearTo', caseFilterParams.yearTo, l.yearTo)}
              </Years>
            </Fieldset>
          ) : null}
        </Facets>
      </Disclosure>
    </Form>
  );
});
