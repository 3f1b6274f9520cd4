// Integration and browser suites start real servers; give them room without hiding hangs forever.
jest.setTimeout(60_000);

// The data maturity samples (about 12,400 items) cost every local tenant seconds to add; only the
// maturity suites, which use them, switch them back on.
process.env.DATAHUB_MATURITY_SAMPLES ??= "off";
