using Campo.Markets.Uncertainty;

namespace Campo.Negotiation;

/// <summary>Counts over the Monte Carlo draws: how often the draft passes, and how often each member and coalition objects.</summary>
/// <param name="Draws">Draws made.</param>
/// <param name="Converged">Draws in which every market cleared.</param>
/// <param name="Passes">Converged draws in which the draft passes.</param>
/// <param name="MemberObjects">Per member, converged draws in which its final position is to object.</param>
/// <param name="BlocObjects">Per coalition with a common position, converged draws in which it objects.</param>
/// <param name="Distributions">What was drawn, in words.</param>
internal sealed record DrawCounts(int Draws, int Converged, int Passes, int[] MemberObjects, int[] BlocObjects, string Distributions);

/// <summary>
/// Re-judges the draft over Monte Carlo draws of the elasticities (the bands of <c>campo run</c>): each draw scales
/// every supply and demand elasticity by an independent lognormal factor with mean 1, in the same order and from
/// the same random streams as <see cref="WorldMarketMonteCarlo"/> (draw d: stream (seed, d); supply factors cell by
/// cell, then demand factors use by use), solves the draft (and a baseline scenario, under the same draw; both applied once, before the draws) warm-started
/// from its central solution, and decides every member's position and the verdict with the estimated decision model. Draws whose markets do not clear
/// are left out and counted. The counts do not depend on the number of threads.
/// </summary>
internal static class VerdictDraws
{
    public static DrawCounts Run(NegotiationSession session, Record.DecisionCoefficients coefficients, int draws, ulong seed, double elasticityCv, int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        var model = session.Model;
        var m = model.M;
        var judge = session.Judge;
        var count = session.Setup.Members.Length;
        var factor = new LogNormalFactor(elasticityCv);
        var members = new int[count];
        var blocs = new int[judge.Blocs.Count];
        int converged = 0, passes = 0;
        // The draft and the baseline are applied once: their policy does not depend on the drawn elasticities.
        var scratch = model.NewWorkspace();
        var draft = model.Apply(session.Draft, scratch);
        var baselineDraft = session.Baseline is { } baseline ? model.Apply(baseline, scratch) : null;
        WorkQueue.Run(
            draws,
            maxDegreeOfParallelism,
            () => new Worker(model.NewWorkspace(), judge.NewBuffers(), count, blocs.Length),
            (d, worker) =>
            {
                var ws = worker.Workspace;
                var random = RandomStream.ForDraw(seed, d);
                for (var k = 0; k < m.CellCount; k++)
                {
                    ws.Supply[k] = m.SupplyElasticity[k] * factor.Sample(ref random);
                }

                for (var u = 0; u < m.UseCount; u++)
                {
                    ws.Demand[u] = m.DemandElasticity[u] * factor.Sample(ref random);
                }

                var alternative = session.Alternative;
                if (baselineDraft is not null)
                {
                    model.Evaluate(baselineDraft, ws, ws.Alternative, session.AlternativeState, ws.Supply, ws.Demand);
                    alternative = ws.Alternative;
                }

                model.Evaluate(draft, ws, ws.Draft, session.CentralState, ws.Supply, ws.Demand);
                if (!ws.Draft.Converged || !alternative.Converged)
                {
                    return;
                }

                var b = worker.Buffers;
                judge.Features(ws.Draft, alternative, b.Features);
                var passed = judge.Predict(b.Features, coefficients, b);
                worker.Converged++;
                worker.Passes += passed ? 1 : 0;
                for (var i = 0; i < b.Final.Length; i++)
                {
                    worker.Members[i] += b.Final[i] ? 1 : 0;
                }

                for (var k = 0; k < b.BlocObjects.Length; k++)
                {
                    worker.Blocs[k] += b.BlocObjects[k] ? 1 : 0;
                }
            },
            worker =>
            {
                converged += worker.Converged;
                passes += worker.Passes;
                for (var i = 0; i < members.Length; i++)
                {
                    members[i] += worker.Members[i];
                }

                for (var b = 0; b < blocs.Length; b++)
                {
                    blocs[b] += worker.Blocs[b];
                }
            },
            cancellationToken);

        var described = new WorldMarketUncertainty { SupplyElasticity = factor, DemandElasticity = factor }.Describe();
        return new DrawCounts(draws, converged, passes, members, blocs, described);
    }

    private sealed class Worker(PayoffWorkspace workspace, Record.DecisionBuffers buffers, int members, int blocs)
    {
        public PayoffWorkspace Workspace { get; } = workspace;

        public Record.DecisionBuffers Buffers { get; } = buffers;

        public int[] Members { get; } = new int[members];

        public int[] Blocs { get; } = new int[blocs];

        public int Converged { get; set; }

        public int Passes { get; set; }
    }
}
