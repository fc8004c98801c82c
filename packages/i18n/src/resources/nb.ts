// Norsk bokmål. The source of the key set: nn and en are typed against it.
export const nb = {
  button: {
    loading: 'Laster inn …',
  },
  languageSwitcher: {
    label: 'Velg språk',
    changeTo: 'Bytt språk til',
    current: 'Valgt språk',
  },
};
