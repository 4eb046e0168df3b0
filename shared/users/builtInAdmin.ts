/**
 * The account the first start creates. It can never be switched off or lose
 * its administrator's rights (the server refuses; the users page does not offer
 * it), so an installation always has a way in.
 */
export const BUILT_IN_ADMIN_LOGIN = 'admin'
