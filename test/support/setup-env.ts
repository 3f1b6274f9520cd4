// Integration and browser suites start real servers; give them room without hiding hangs forever.
jest.setTimeout(60_000);
