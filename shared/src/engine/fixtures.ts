// Small, valid scenario and exercise states for unit tests of the rules.
import { ScenarioSchema, type ScenarioInput } from '../scenario/schema';
import type { ExerciseCreated } from './events';
import { verbatim } from '../scenario/text';

const cite = ['test-source'];

export const testScenarioInput: ScenarioInput = {
  schemaVersion: 1,
  id: 'test',
  title: verbatim('Test scenario'),
  summary: verbatim(
    'Three playable allies, two the capital model plays, the chair, SACEUR, Red and Control.',
  ),
  situation: verbatim('Opening situation for the test.'),
  startsAt: '2027-03-01T06:00:00Z',
  turnStepHours: 12,
  phaseSeconds: { situation: 60, consultation: 300, decision: 300, adjudication: 60, hotwash: 60 },
  seats: [
    { id: 'control', kind: 'control', label: verbatim('Control') },
    { id: 'secgen', kind: 'secretaryGeneral', label: verbatim('Secretary General') },
    { id: 'saceur', kind: 'saceur', label: verbatim('SACEUR') },
    { id: 'usa', kind: 'ally', label: verbatim('United States'), nation: 'USA' },
    { id: 'est', kind: 'ally', label: verbatim('Estonia'), nation: 'EST' },
    { id: 'deu', kind: 'ally', label: verbatim('Germany'), nation: 'DEU' },
    { id: 'red', kind: 'red', label: verbatim('Red cell') },
    { id: 'observer', kind: 'observer', label: verbatim('Observer') },
  ],
  allies: [
    {
      id: 'usa',
      name: verbatim('United States'),
      nation: 'USA',
      source: cite,
      defaultDisposition: 0.8,
      secret: {
        redLines: [verbatim('CANARY-usa-redline')],
        intelligence: verbatim('CANARY-usa-intel'),
        domesticState: verbatim('CANARY-usa-domestic'),
      },
    },
    {
      id: 'est',
      name: verbatim('Estonia'),
      nation: 'EST',
      source: cite,
      defaultDisposition: 0.9,
      secret: {
        redLines: [verbatim('CANARY-est-redline')],
        intelligence: verbatim('CANARY-est-intel'),
        domesticState: verbatim('CANARY-est-domestic'),
      },
    },
    {
      id: 'deu',
      name: verbatim('Germany'),
      nation: 'DEU',
      domesticProcess: 'coalition',
      coalitionFragility: 0.4,
      source: cite,
      secret: {
        redLines: [verbatim('CANARY-deu-redline')],
        intelligence: verbatim('CANARY-deu-intel'),
        domesticState: verbatim('CANARY-deu-domestic'),
      },
    },
    {
      id: 'fra',
      name: verbatim('France'),
      nation: 'FRA',
      source: cite,
      defaultDisposition: 0.8,
      secret: {
        redLines: [verbatim('CANARY-fra-redline')],
        intelligence: verbatim('CANARY-fra-intel'),
        domesticState: verbatim('CANARY-fra-domestic'),
      },
    },
    {
      id: 'hun',
      name: verbatim('Hungary'),
      nation: 'HUN',
      kremlinInfluence: 0.6,
      dispositions: { 'deploy-vjtf': -0.8 },
      source: cite,
      secret: {
        redLines: [verbatim('CANARY-hun-redline')],
        intelligence: verbatim('CANARY-hun-intel'),
        domesticState: verbatim('CANARY-hun-domestic'),
      },
    },
  ],
  catalogue: [
    {
      id: 'article-4',
      title: verbatim('Article 4 consultations'),
      text: verbatim('The Council will consult.'),
      instructionWeight: 0.5,
      provocation: 0.1,
      source: cite,
      effects: [
        { kind: 'flag', flag: 'article4Consultations' },
        { kind: 'measure', measure: 'cohesion', delta: 5 },
      ],
    },
    {
      id: 'activate-grp',
      title: verbatim('Activate graduated response plans'),
      text: verbatim('SACEUR may employ forces under the plans.'),
      source: cite,
      effects: [
        { kind: 'flag', flag: 'graduatedResponseActive' },
        { kind: 'flag', flag: 'saceurMayDeploy' },
      ],
    },
    {
      id: 'deploy-vjtf',
      title: verbatim('Deploy the VJTF'),
      text: verbatim('The VJTF deploys.'),
      provocation: 0.7,
      source: cite,
      effects: [
        { kind: 'flag', flag: 'vjtfAuthorised' },
        { kind: 'measure', measure: 'escalationRung', delta: 1 },
      ],
    },
    {
      id: 'secret-plan',
      title: verbatim('Secret contingency planning'),
      text: verbatim('Plan quietly.'),
      public: false,
      source: cite,
    },
  ],
  injects: [
    {
      id: 'drones',
      turn: 1,
      title: verbatim('Drones over Tallinn'),
      text: verbatim('Public inject text.'),
      audience: 'public',
      source: cite,
    },
    {
      id: 'est-intel',
      turn: 2,
      title: verbatim('Estonian intelligence'),
      text: verbatim('CANARY-inject-est'),
      audience: ['est'],
      effects: [{ kind: 'measure', measure: 'cohesion', delta: -5 }],
    },
    {
      id: 'late',
      turn: 5,
      manual: true,
      title: verbatim('Manual inject'),
      text: verbatim('Control releases this one.'),
      audience: 'public',
    },
  ],
  measures: { cohesion: { value: 60, source: cite } },
  sources: [{ id: 'test-source', citation: 'Unit-test fixture, no real source.' }],
};

export const testScenario = ScenarioSchema.parse(testScenarioInput);

export const created: ExerciseCreated = {
  type: 'exerciseCreated',
  exerciseId: 'ex-1',
  code: 'ABC234',
  title: 'Test exercise',
  createdAt: '2026-11-23T09:00:00.000Z',
  scenario: testScenario,
  seed: 1,
};
