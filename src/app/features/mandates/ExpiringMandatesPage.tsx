// /beneficiaires/mandats: the mandates that expire within 30 days (or just expired), across every file,
// and the link to them on the list of files.
import { listPeopleByName } from '../../db/people-lists';
import { listMandates } from '../../db/mandates-repository';
import { paths } from '../../routes/paths';
import { useAppServices } from '../../session/app-context';
import { todayIso } from '../../ui/dates';
import { Page } from '../../ui/PagePlaceholder';
import { linkProps } from '../../ui/router';
import { useDbValue } from '../../ui/use-db-query';
import { ExpiringMandates, mandatesNeedingAttention } from './ExpiringMandates';

/** The page listing them, each with a link to the person's file. */
export function ExpiringMandatesPage() {
  const { db } = useAppServices();
  const people = useDbValue(listPeopleByName, []);
  const mandates = useDbValue(listMandates, []);
  return (
    <Page title="Mandats qui expirent bientôt">
      <p class="back-link">
        <a {...linkProps(paths.beneficiaries())}>← Tous les dossiers</a>
      </p>
      {people && mandates ? (
        <ExpiringMandates people={people} mandates={mandates} today={todayIso(db.now())} />
      ) : (
        <p aria-busy="true">Chargement…</p>
      )}
    </Page>
  );
}

/** « N mandats expirent bientôt », when some do; nothing otherwise. */
export function ExpiringMandatesLink() {
  const { db } = useAppServices();
  const mandates = useDbValue(listMandates, []);
  const expiring = mandates ? mandatesNeedingAttention(mandates, todayIso(db.now())).length : 0;
  if (expiring === 0) return null;
  return (
    <a class="button button--warning" {...linkProps(paths.expiringMandates())}>
      <span aria-hidden="true">{'⚠️\u00a0'}</span>
      {expiring === 1 ? '1 mandat expire bientôt' : `${expiring} mandats expirent bientôt`}
    </a>
  );
}
