using EditorialLint.Engine.RuleModel;

namespace EditorialLint.Engine;

/// <summary>Data of an agenda event.</summary>
public sealed class ActivationEventArgs : EventArgs
{
    /// <summary>Creates the event data.</summary>
    /// <param name="activation">The activation.</param>
    public ActivationEventArgs(Activation activation) => Activation = activation;

    /// <summary>The activation.</summary>
    public Activation Activation { get; }

    /// <summary>The activated rule.</summary>
    public IRuleDefinition Rule => Activation.Rule;

    /// <summary>The matched facts.</summary>
    public IReadOnlyList<IFactMatch> Facts => Activation.Facts;
}
