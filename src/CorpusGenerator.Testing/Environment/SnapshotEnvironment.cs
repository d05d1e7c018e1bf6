using System;

namespace CorpusGenerator.Testing
{
    /// <summary>
    /// What the machine allows a verification to do: accept changes, open a diff tool. Read from
    /// environment variables by default; tests of the harness construct one explicitly so that
    /// they pass the same way with and without <c>CI=true</c>.
    /// </summary>
    public sealed class SnapshotEnvironment
    {
        /// <summary>
        /// Set to <c>1</c> or <c>true</c> to accept every received file as verified (and delete
        /// verified files no longer produced) instead of failing. Ignored on a build server.
        /// </summary>
        public const string AcceptVariable = "CORPUS_ACCEPT_SNAPSHOTS";

        /// <summary>Set to <c>true</c> (or <c>1</c>) by CI systems: a build server, where nothing is accepted and no diff tool opens.</summary>
        public const string ContinuousIntegrationVariable = "CI";

        /// <summary>Set to <c>true</c> to never open a diff tool. DiffEngine itself honours it too.</summary>
        public const string DiffToolDisabledVariable = "DiffEngine_Disabled";

        /// <summary>Creates an environment with explicit answers.</summary>
        /// <param name="isBuildServer">Whether this is a build server: never accept, never open a diff tool.</param>
        /// <param name="acceptRequested">Whether accepting was asked for (it still never happens on a build server).</param>
        /// <param name="diffToolEnabled">Whether a diff tool may be opened on a mismatch (never on a build server).</param>
        public SnapshotEnvironment(bool isBuildServer, bool acceptRequested, bool diffToolEnabled)
        {
            IsBuildServer = isBuildServer;
            AcceptRequested = acceptRequested;
            DiffToolEnabled = diffToolEnabled;
        }

        /// <summary>Whether this is a build server: never accept, never open a diff tool.</summary>
        public bool IsBuildServer { get; }

        /// <summary>Whether accepting was asked for through <see cref="AcceptVariable"/>.</summary>
        public bool AcceptRequested { get; }

        /// <summary>Whether opening a diff tool is allowed by the variables (see <see cref="DiffToolDisabledVariable"/>).</summary>
        public bool DiffToolEnabled { get; }

        /// <summary>Whether a received file may become verified here, given an explicit request too.</summary>
        /// <param name="acceptedBySettings">Whether the settings asked to accept, besides the environment.</param>
        public bool MayAccept(bool acceptedBySettings) => !IsBuildServer && (AcceptRequested || acceptedBySettings);

        /// <summary>Whether a diff tool may be opened on a mismatch.</summary>
        public bool MayLaunchDiffTool => !IsBuildServer && DiffToolEnabled;

        /// <summary>
        /// This process's environment: <see cref="ContinuousIntegrationVariable"/> or DiffEngine's
        /// <c>BuildServerDetector</c> (which knows the CI systems' own variables but not <c>CI</c>)
        /// mark a build server. Read on every call, so a variable set by a test host takes effect.
        /// </summary>
        public static SnapshotEnvironment Current =>
            FromVariables(Environment.GetEnvironmentVariable, DiffEngine.BuildServerDetector.Detected);

        /// <summary>Reads an environment from a variable lookup, for tests and hosts that keep their own.</summary>
        /// <param name="getVariable">Returns a variable's value, or <see langword="null"/> when it is not set.</param>
        /// <param name="buildServerDetected">Whether something else already knows this is a build server.</param>
        public static SnapshotEnvironment FromVariables(Func<string, string?> getVariable, bool buildServerDetected = false)
        {
            if (getVariable is null)
            {
                throw new ArgumentNullException(nameof(getVariable));
            }

            return new SnapshotEnvironment(
                isBuildServer: buildServerDetected || IsOn(getVariable(ContinuousIntegrationVariable)),
                acceptRequested: IsOn(getVariable(AcceptVariable)),
                diffToolEnabled: !IsOn(getVariable(DiffToolDisabledVariable)));
        }

        static bool IsOn(string? value) =>
            value is not null
            && (value.Trim() == "1" || string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase));
    }
}
