// The administration's chunk (under Réglages): its home, Équipe, Appareils, Journal and Structures.
export { AdminHome } from '../../features/admin/AdminHome';
export { DevicesPage } from '../../features/admin/DevicesPage';
export { JournalPage } from '../../features/admin/JournalPage';
export { StructuresPage } from '../../features/admin/StructuresPage';
export { TeamPage } from '../../features/admin/TeamPage';
