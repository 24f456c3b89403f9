-- The indicator engine: catalogue (observatories, themes, indicators) and values with their revisions.
create table platform.observatory (
    slug        text primary key check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name        text not null,
    description text not null,
    sort_order  integer not null
);

create table platform.theme (
    observatory_slug text not null references platform.observatory on delete cascade,
    code             text not null check (code ~ '^[a-z0-9_]+$'),
    name             text not null,
    sort_order       integer not null,
    primary key (observatory_slug, code)
);

create table platform.indicator (
    code               text primary key check (code ~ '^[a-z0-9_]+\.[a-z0-9_]+$'),
    observatory_slug   text not null references platform.observatory,
    theme_code         text not null,
    label              text not null,
    definition         text not null,
    unit               text not null,
    decimals           smallint not null check (decimals between 0 and 6),
    source             text not null,
    source_url         text,
    periodicity        text not null check (periodicity in ('year', 'semester', 'quarter', 'month')),
    licence            text not null,
    confidentiality    text not null check (confidentiality in ('public', 'partner', 'agency')),
    -- sum: values add up; ratio: scale × Σnumerator / Σdenominator (never an average of ratios);
    -- weighted_mean: Σ(value × weight) / Σweight with the weight indicator; none: not aggregable.
    aggregation        text not null check (aggregation in ('sum', 'ratio', 'weighted_mean', 'none')),
    ratio_scale        double precision not null default 1,
    weight_indicator   text references platform.indicator,
    higher_is_better   boolean,
    -- A published figure resting on fewer units than this (the value of a count, the denominator of a
    -- ratio, the weight of a mean) is secret.
    secrecy_threshold  double precision,
    headline_order     smallint, -- set: a key figure of its observatory on territory profiles
    sort_order         integer not null,
    foreign key (observatory_slug, theme_code) references platform.theme,
    constraint indicator_weight_iff_weighted_mean check ((aggregation = 'weighted_mean') = (weight_indicator is not null))
);

create index indicator_observatory_idx on platform.indicator (observatory_slug, sort_order);

-- One row per version of a value: the current one has valid_to null; a revision closes it and adds the
-- new one, so "as the data stood on day D" is valid_from <= D < valid_to.
create table platform.indicator_value (
    indicator_code text not null references platform.indicator on delete cascade,
    territory_id   text not null references platform.territory on delete cascade,
    period         text not null,
    value          double precision,
    numerator      double precision,
    denominator    double precision,
    status         text not null check (status in ('definitive', 'provisional', 'estimated', 'secret')),
    source_vintage text,
    valid_from     timestamptz not null default now(),
    valid_to       timestamptz,
    constraint indicator_value_version_key primary key (indicator_code, territory_id, period, valid_from),
    constraint indicator_value_numbers check (status = 'secret' or value is not null),
    constraint indicator_value_ratio_parts check ((numerator is null) = (denominator is null)),
    constraint indicator_value_validity check (valid_to is null or valid_to > valid_from)
);

-- Current values, by indicator and period: what almost every request reads.
create unique index indicator_value_current_idx
    on platform.indicator_value (indicator_code, period, territory_id)
    include (value, numerator, denominator, status)
    where valid_to is null;
