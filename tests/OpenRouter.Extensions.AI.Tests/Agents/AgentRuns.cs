using Microsoft.Agents.AI;

namespace OpenRouter.Extensions.AI.Tests.Agents;

/// <summary>Runs an agent turn with <c>RunAsync</c> or <c>RunStreamingAsync</c>, so each test covers both paths.</summary>
internal static class AgentRuns
{
    /// <summary>One turn; when <paramref name="streamed"/>, the updates are gathered into one response as a caller would.</summary>
    public static async Task<AgentResponse> RunAsync(AIAgent agent, string message, AgentSession? session, bool streamed)
    {
        if (!streamed)
        {
            return await agent.RunAsync(message, session);
        }

        var updates = new List<AgentResponseUpdate>();
        await foreach (var update in agent.RunStreamingAsync(message, session))
        {
            updates.Add(update);
        }

        Assert.True(updates.Count > 1, "a streamed run should yield several updates");
        return updates.ToAgentResponse();
    }
}
