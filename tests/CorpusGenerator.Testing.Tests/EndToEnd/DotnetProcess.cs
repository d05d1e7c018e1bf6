using CorpusGenerator.TestInfrastructure;

namespace CorpusGenerator.Testing.Tests.EndToEnd
{
    /// <summary>
    /// <see cref="DotnetCommand"/> with the snapshot harness's variables under the test's control:
    /// never inherited from this run (CI sets CI=true), no diff tool ever opens.
    /// </summary>
    internal static class DotnetProcess
    {
        /// <param name="workingDirectory">Where the command runs.</param>
        /// <param name="variables">Variables to set; a null value removes one.</param>
        /// <param name="arguments">The arguments after <c>dotnet</c>.</param>
        public static CommandResult Run(string workingDirectory, IReadOnlyDictionary<string, string?> variables, params string[] arguments)
        {
            var environment = new Dictionary<string, string?>
            {
                [SnapshotEnvironment.ContinuousIntegrationVariable] = null,
                [SnapshotEnvironment.AcceptVariable] = null,
                [SnapshotEnvironment.DiffToolDisabledVariable] = "true",
            };
            foreach (var (name, value) in variables) environment[name] = value;
            return DotnetCommand.Run(workingDirectory, environment, arguments);
        }
    }
}
