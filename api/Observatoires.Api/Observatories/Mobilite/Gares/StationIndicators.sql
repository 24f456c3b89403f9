-- Each commune's station figures per period: the sums over its stations that have the figure that period; a commune
-- without any station counts 0 for the sums (it has no passengers, trains or places). The rates' parts are summed over
-- the stations surveyed for both counts (places and vehicles parked), so that occupied ÷ places is a true rate.
with periods as (select distinct period from mobilite.station_figure),
communes as (select id from platform.territory where level = 'commune'),
sums as (
    select s.commune_id, f.period,
           sum(f.passengers)::bigint as passengers,
           sum(f.trains_per_weekday)::bigint as trains,
           sum(f.parking_places)::bigint as parking_places,
           (sum(f.parking_occupied) filter (where f.parking_occupied is not null))::bigint as parking_occupied,
           (sum(f.parking_places) filter (where f.parking_occupied is not null))::bigint as parking_rated_places,
           sum(f.bike_places)::bigint as bike_places,
           (sum(f.bike_occupied) filter (where f.bike_occupied is not null))::bigint as bike_occupied,
           (sum(f.bike_places) filter (where f.bike_occupied is not null))::bigint as bike_rated_places
    from mobilite.station_figure f
    join mobilite.station s on s.id = f.station_id
    group by s.commune_id, f.period
),
-- A station without passenger trains (Bruay-la-Buissière) has no figures: its commune counts 0, as one without a station.
with_station as (select distinct commune_id from mobilite.station where passenger_service)
select c.id as communeid, p.period,
       case when w.commune_id is null then 0::bigint else s.passengers end as passengers,
       case when w.commune_id is null then 0::bigint else s.trains end as trains,
       case when w.commune_id is null then 0::bigint else s.parking_places end as parkingplaces,
       s.parking_occupied as parkingoccupied, s.parking_rated_places as parkingratedplaces,
       case when w.commune_id is null then 0::bigint else s.bike_places end as bikeplaces,
       s.bike_occupied as bikeoccupied, s.bike_rated_places as bikeratedplaces
from communes c
cross join periods p
left join with_station w on w.commune_id = c.id
left join sums s on s.commune_id = c.id and s.period = p.period
order by c.id, p.period
