// The Partenaires section's chunk: the directory and one page per partner.
export { DirectoryPage, PartnerNotFound as NotFound, PartnerPage } from '../../features/partners/PartnerPages';
