using System.Collections.Generic;
using CorpusGenerator.Testing;

namespace CorpusGenerator.Tests.Snapshots
{
    /// <summary>The environment switches, read from an explicit variable table rather than the process.</summary>
    public sealed class SnapshotEnvironmentTests
    {
        static SnapshotEnvironment From(params (string Name, string Value)[] variables)
        {
            var table = new Dictionary<string, string>();
            foreach (var (name, value) in variables)
            {
                table[name] = value;
            }

            return SnapshotEnvironment.FromVariables(name => table.TryGetValue(name, out var value) ? value : null);
        }

        [Fact]
        public void Nothing_set_means_no_accepting_and_a_diff_tool_allowed()
        {
            var environment = From();

            Assert.False(environment.IsBuildServer);
            Assert.False(environment.MayAccept(acceptedBySettings: false));
            Assert.True(environment.MayLaunchDiffTool);
        }

        [Theory]
        [InlineData("1")]
        [InlineData("true")]
        [InlineData("True")]
        public void The_accept_variable_turns_accepting_on(string value) =>
            Assert.True(From((SnapshotEnvironment.AcceptVariable, value)).MayAccept(acceptedBySettings: false));

        [Fact]
        public void CI_true_is_a_build_server_that_never_accepts_nor_opens_a_diff_tool()
        {
            var environment = From(("CI", "true"), (SnapshotEnvironment.AcceptVariable, "1"));

            Assert.True(environment.IsBuildServer);
            Assert.False(environment.MayAccept(acceptedBySettings: true));
            Assert.False(environment.MayLaunchDiffTool);
        }

        [Fact]
        public void DiffEngines_own_detection_also_marks_a_build_server()
        {
            var environment = SnapshotEnvironment.FromVariables(_ => null, buildServerDetected: true);

            Assert.True(environment.IsBuildServer);
        }

        [Fact]
        public void DiffEngine_Disabled_turns_the_diff_tool_off() =>
            Assert.False(From(("DiffEngine_Disabled", "true")).MayLaunchDiffTool);
    }
}
