import type { MunicipalityEntry, ServiceCard } from './types.ts';

export type Point = { lat: number; lng: number };

/** Great-circle distance in km (haversine); plenty for "which is nearer" within a district. */
export function distanceKm(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/**
 * Where a service is, for "near me": its own coordinates, else the centre of the town it names (when the snapshot
 * knows the town's coordinates). A secret address has neither coordinates nor street, only the town.
 */
export function servicePoint(service: ServiceCard, towns: ReadonlyMap<string, Point>): Point | undefined {
  if (service.lat != null && service.lng != null) return { lat: service.lat, lng: service.lng };
  return service.city ? towns.get(service.city) : undefined;
}

export function townPoints(municipalities: readonly MunicipalityEntry[]): Map<string, Point> {
  const out = new Map<string, Point>();
  for (const m of municipalities) if (m.name && m.lat != null && m.lng != null) out.set(m.name, { lat: m.lat, lng: m.lng });
  return out;
}

/** The postal address as one line, or undefined when there is nothing to show. */
export function addressLine(service: Pick<ServiceCard, 'street' | 'postcode' | 'city'>): string | undefined {
  const town = [service.postcode?.replace(/^(\d{3})(\d{2})$/, '$1 $2'), service.city].filter(Boolean).join(' ');
  const line = [service.street, town].filter(Boolean).join(', ');
  return line || undefined;
}

/** Map links: by coordinates when known, else a search for the address. None for a secret address. */
export function mapLinks(service: ServiceCard): { mapy: string; osm: string } | undefined {
  if (service.addressSecret) return undefined;
  if (service.lat != null && service.lng != null) {
    const { lat, lng } = service;
    return {
      mapy: `https://mapy.cz/zakladni?source=coor&id=${lng}%2C${lat}&x=${lng}&y=${lat}&z=17`,
      osm: `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=17/${lat}/${lng}`,
    };
  }
  const address = addressLine(service);
  if (!address || !service.street) return undefined;
  const q = encodeURIComponent(address);
  return { mapy: `https://mapy.cz/zakladni?q=${q}`, osm: `https://www.openstreetmap.org/search?query=${q}` };
}
