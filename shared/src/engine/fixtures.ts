// Small, valid scenario and exercise states for unit tests of the rules.
import { ScenarioSchema, type ScenarioInput } from '../scenario/schema';
import type { ExerciseCreated } from './events';

const cite = ['test-source'];

export const testScenarioInput: ScenarioInput = {
  schemaVersion: 1,
  id: 'test',
  title: 'Test scenario',
  summary: 'Three playable allies, two the capital model plays, the chair, SACEUR, Red and Control.',
  situation: 'Opening situation for the test.',
  startsAt: '2027-03-01T06:00:00Z',
  turnStepHours: 12,
  phaseSeconds: { situation: 60, consultation: 300, decision: 300, adjudication: 60, hotwash: 60 },
  seats: [
    { id: 'control', kind: 'control', label: 'Control' },
    { id: 'secgen', kind: 'secretaryGeneral', label: 'Secretary General' },
    { id: 'saceur', kind: 'saceur', label: 'SACEUR' },
    { id: 'usa', kind: 'ally', label: 'United States', nation: 'USA' },
    { id: 'est', kind: 'ally', label: 'Estonia', nation: 'EST' },
    { id: 'deu', kind: 'ally', label: 'Germany', nation: 'DEU' },
    { id: 'red', kind: 'red', label: 'Red cell' },
    { id: 'observer', kind: 'observer', label: 'Observer' },
  ],
  allies: [
    {
      id: 'usa',
      name: 'United States',
      nation: 'USA',
      source: cite,
      defaultDisposition: 0.8,
      secret: {
        redLines: ['CANARY-usa-redline'],
        intelligence: 'CANARY-usa-intel',
        domesticState: 'CANARY-usa-domestic',
      },
    },
    {
      id: 'est',
      name: 'Estonia',
      nation: 'EST',
      source: cite,
      defaultDisposition: 0.9,
      secret: {
        redLines: ['CANARY-est-redline'],
        intelligence: 'CANARY-est-intel',
        domesticState: 'CANARY-est-domestic',
      },
    },
    {
      id: 'deu',
      name: 'Germany',
      nation: 'DEU',
      domesticProcess: 'coalition',
      coalitionFragility: 0.4,
      source: cite,
      secret: {
        redLines: ['CANARY-deu-redline'],
        intelligence: 'CANARY-deu-intel',
        domesticState: 'CANARY-deu-domestic',
      },
    },
    {
      id: 'fra',
      name: 'France',
      nation: 'FRA',
      source: cite,
      defaultDisposition: 0.8,
      secret: {
        redLines: ['CANARY-fra-redline'],
        intelligence: 'CANARY-fra-intel',
        domesticState: 'CANARY-fra-domestic',
      },
    },
    {
      id: 'hun',
      name: 'Hungary',
      nation: 'HUN',
      kremlinInfluence: 0.6,
      dispositions: { 'deploy-vjtf': -0.8 },
      source: cite,
      secret: {
        redLines: ['CANARY-hun-redline'],
        intelligence: 'CANARY-hun-intel',
        domesticState: 'CANARY-hun-domestic',
      },
    },
  ],
  catalogue: [
    {
      id: 'article-4',
      title: 'Article 4 consultations',
      text: 'The Council will consult.',
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
      title: 'Activate graduated response plans',
      text: 'SACEUR may employ forces under the plans.',
      source: cite,
      effects: [
        { kind: 'flag', flag: 'graduatedResponseActive' },
        { kind: 'flag', flag: 'saceurMayDeploy' },
      ],
    },
    {
      id: 'deploy-vjtf',
      title: 'Deploy the VJTF',
      text: 'The VJTF deploys.',
      provocation: 0.7,
      source: cite,
      effects: [
        { kind: 'flag', flag: 'vjtfAuthorised' },
        { kind: 'measure', measure: 'escalationRung', delta: 1 },
      ],
    },
    {
      id: 'secret-plan',
      title: 'Secret contingency planning',
      text: 'Plan quietly.',
      public: false,
      source: cite,
    },
  ],
  injects: [
    {
      id: 'drones',
      turn: 1,
      title: 'Drones over Tallinn',
      text: 'Public inject text.',
      audience: 'public',
      source: cite,
    },
    {
      id: 'est-intel',
      turn: 2,
      title: 'Estonian intelligence',
      text: 'CANARY-inject-est',
      audience: ['est'],
      effects: [{ kind: 'measure', measure: 'cohesion', delta: -5 }],
    },
    {
      id: 'late',
      turn: 5,
      manual: true,
      title: 'Manual inject',
      text: 'Control releases this one.',
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
