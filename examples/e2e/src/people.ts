/** Someone who signs up in a journey; every journey and database gets its own address, so runs never collide. */
export interface Person {
  name: string
  email: string
  agency: string
  role: string
}

export function person(name: string, journey: string, database: string): Person {
  const local = name.toLowerCase().normalize('NFD').replace(/[^a-z]+/g, '.')
  return {
    name,
    email: `${local}.${journey}.${database}@bydel-gamle-oslo.example.org`,
    agency: 'Bydel Gamle Oslo',
    role: 'Enhetsleder, hjemmetjenesten',
  }
}
