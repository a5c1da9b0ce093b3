// « Se former » on the tablet, offline: from Guides to a module, screen by screen, then its three
// questions. Passing the check puts "module finished on <day>" in the outbox, never the answers; a wrong
// answer records nothing; the coordinator's dashboard counts the aidants trained.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { DeclicDatabase } from '../../src/app/db/database';
import { readPushBatch } from '../../src/app/db/outbox-repository';
import { paths } from '../../src/app/routes/paths';
import { navigate } from '../../src/app/ui/router';
import type { TrainingModule } from '../../src/shared/schema/training';
import { contentIsReady, renderSection, stopSections, tabletOf } from '../fixtures/activity-app';

let db: DeclicDatabase;
afterEach(async () => {
  await stopSections();
  cleanup();
  db?.close();
});

const MODULE_ID = 'mandat-et-aidants-connect';

/** Opens the module from the Guides page, as an aidant would, and reads every screen to the questions. */
async function openModuleAndReadIt(): Promise<TrainingModule> {
  const pack = contentIsReady();
  const module = pack.trainingModules?.find((m) => m.id === MODULE_ID);
  if (!module) throw new Error(`module ${MODULE_ID} absent du contenu`);
  await renderSection(paths.guides(), db);
  fireEvent.click(screen.getByRole('link', { name: /Se former/ }));
  await screen.findByRole('heading', { level: 1, name: 'Se former' });
  expect(screen.getByRole('status')).toHaveProperty('textContent', 'Aucun module terminé pour l’instant.');
  fireEvent.click(screen.getByRole('link', { name: new RegExp(module.title) }));
  await screen.findByRole('heading', { level: 2, name: 'Ce qu’est un mandat' });
  expect(screen.getByText('Écran 1 sur 4')).toBeTruthy();
  for (const title of ['Aidants Connect', 'Quand il est nécessaire', 'Qui peut l’utiliser']) {
    fireEvent.click(screen.getByRole('button', { name: 'Écran suivant →' }));
    await screen.findByRole('heading', { level: 2, name: title });
  }
  fireEvent.click(screen.getByRole('button', { name: 'Passer aux questions →' }));
  await screen.findByRole('heading', { level: 2, name: 'Vérifier ce que vous avez retenu' });
  return module;
}

/** Picks, for each question, the choice `pick` gives. */
function answer(module: TrainingModule, pick: (question: TrainingModule['questions'][number]) => number): void {
  module.questions.forEach((question, i) => {
    const group = screen.getByRole('group', { name: `${i + 1}. ${question.prompt}` });
    fireEvent.click(within(group).getByLabelText(question.choices[pick(question)]!));
  });
  fireEvent.click(screen.getByRole('button', { name: 'Vérifier mes réponses' }));
}

const trainingOps = async () => (await readPushBatch(db, 100)).ops.filter((op) => op.collection === 'trainingProgress');

describe('an aidant training offline', () => {
  it('finishes a module: the outbox holds who finished which module and when, nothing of the answers', async () => {
    db = await tabletOf('aidant');
    const module = await openModuleAndReadIt();
    answer(module, (q) => q.answer);
    await screen.findByText('Module terminé le 14 mars 2025. Bravo !');
    const ops = await trainingOps();
    expect(Object.fromEntries(ops.map((op) => [op.field, op.value]))).toEqual({
      aidantId: 'aidant-test',
      moduleId: MODULE_ID,
      finishedOn: '2025-03-14',
    });
    expect(new Set(ops.map((op) => op.recordId)).size).toBe(1);
    navigate(paths.training());
    await screen.findByText('1 module terminé sur 14.');
    expect(screen.getByText('Terminé le 14 mars 2025')).toBeTruthy();
  });

  it('records nothing while an answer is wrong, and says the rule to remember', async () => {
    db = await tabletOf('aidant');
    const module = await openModuleAndReadIt();
    answer(module, (q) => (q.answer + 1) % q.choices.length);
    await screen.findByText('Pas encore : relisez les explications, puis recommencez.');
    expect(screen.getByText(module.questions[0]!.explanation)).toBeTruthy();
    expect(await trainingOps()).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Recommencer les questions' }));
    answer(module, (q) => q.answer);
    await screen.findByText(/^Module terminé le/);
    expect(await trainingOps()).toHaveLength(3);
  });
});

describe('the coordinator’s dashboard', () => {
  it('counts the aidants trained and the modules finished, offline', async () => {
    db = await tabletOf('coordinateur');
    const module = await openModuleAndReadIt();
    answer(module, (q) => q.answer);
    await screen.findByText(/^Module terminé le/);
    navigate(paths.stats());
    const figures = await screen.findByRole('list', { name: 'Chiffres clés' });
    const trained = within(figures)
      .getByText(/aidant formé/)
      .closest('li');
    await waitFor(() => expect(trained?.textContent).toBe('1 aidant formé (1 module « Se former » terminé)'));
  });
});
