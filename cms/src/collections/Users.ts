import type { Access, CollectionConfig } from 'payload'

const isAdmin: Access = ({ req }) => req.user?.role === 'admin'
const adminOrSelf: Access = ({ req }) => (req.user?.role === 'admin' ? true : req.user ? { id: { equals: req.user.id } } : false)

/** People who log into the admin. Admins manage users; editors own the catalogue. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { nb: 'Bruker', en: 'User' }, plural: { nb: 'Brukere', en: 'Users' } },
  admin: { useAsTitle: 'email', defaultColumns: ['name', 'email', 'role'], group: { nb: 'Administrasjon', en: 'Administration' } },
  auth: { maxLoginAttempts: 10, lockTime: 10 * 60 * 1000 },
  access: { read: adminOrSelf, create: isAdmin, update: adminOrSelf, delete: isAdmin, admin: ({ req }) => Boolean(req.user) },
  fields: [
    { name: 'name', type: 'text', label: { nb: 'Navn', en: 'Name' }, maxLength: 120 },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      saveToJWT: true,
      label: { nb: 'Rolle', en: 'Role' },
      options: [
        { value: 'admin', label: { nb: 'Administrator', en: 'Administrator' } },
        { value: 'editor', label: { nb: 'Redaktør', en: 'Editor' } },
      ],
      access: { update: ({ req }) => req.user?.role === 'admin' },
    },
  ],
}
