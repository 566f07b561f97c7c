import { redirect } from 'next/navigation'

/** The catalogue is the front page. */
export default function Home() {
  redirect('/kurs')
}
