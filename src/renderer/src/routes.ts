/** The route table is shared with main's application menu: src/shared/navigation.ts. */
export { routes, type RoutePath } from '../../shared/navigation.ts'
