package io.github.mapinit.policy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mapinit.policy.Confidence;
import io.github.mapinit.policy.NullCause;
import io.github.mapinit.policy.Options;
import io.github.mapinit.policy.Policy;
import io.github.mapinit.policy.facts.BodyFacts;
import io.github.mapinit.policy.facts.BodyKind;
import io.github.mapinit.policy.facts.ClassFacts;
import io.github.mapinit.policy.facts.FieldExit;
import io.github.mapinit.policy.facts.FieldFacts;
import io.github.mapinit.policy.facts.ThisCall;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules of spec sections 4 and 6 on engine-neutral facts, as both engines see them. */
final class RulesTest {

  private static final Policy POLICY = Policy.with(Options.NONE);
  private static final FieldFacts CACHE = field("cache", false, false);
  private static final FieldExit SET_NULL_EXIT =
      new FieldExit(false, false, List.of(new NullCause.AssignedNull(30, true)));
  private static final NullCause.AssignedNull SET_NULL_IN_CLOSE =
      new NullCause.AssignedNull(30, true);

  @Test
  void aPipelineRunsItsLambdasWhereATerminalOperationConsumesIt() {
    assertTrue(LazyPipelines.runsAtOnce(true, LazyPipelines.Ending.TERMINAL_OPERATION));
    assertFalse(LazyPipelines.runsAtOnce(true, LazyPipelines.Ending.RETURNED));
    assertFalse(LazyPipelines.runsAtOnce(true, LazyPipelines.Ending.STORED_IN_FIELD));
    assertTrue(LazyPipelines.runsAtOnce(true, LazyPipelines.Ending.OTHER));
    // A terminal operation (forEach, collect) runs its own lambda before it returns.
    assertTrue(LazyPipelines.runsAtOnce(false, LazyPipelines.Ending.RETURNED));
  }

  @Test
  void aHookThatReturnsAConstantAnswersItWhereTheClassesOwnBodyRuns() {
    assertEquals(Optional.of(false), ConstantAnswers.answerOf(true, true, false, false));
    assertEquals(Optional.of(true), ConstantAnswers.answerOf(false, false, false, true));
    // On another object, an overridable hook may be a subclass's.
    assertEquals(Optional.empty(), ConstantAnswers.answerOf(false, true, false, false));
    assertEquals(Optional.empty(), ConstantAnswers.answerOf(true, false, false, null));
    // A subclass in sight runs the class's code with its own answer.
    assertEquals(Optional.empty(), ConstantAnswers.answerOf(true, true, true, false));
  }

  @Test
  void onlyAnElementOfAViewThatIsEmptyWhileTheFieldIsNullVouchesForTheField() {
    assertEquals(Optional.of(true), EmptyViews.resultWhereHoldsElement("containsKey", 1));
    assertEquals(Optional.of(true), EmptyViews.resultWhereHoldsElement("contains", 1));
    assertEquals(Optional.of(false), EmptyViews.resultWhereHoldsElement("isEmpty", 0));
    // An empty argument is contained in every collection, the empty one too.
    assertEquals(Optional.empty(), EmptyViews.resultWhereHoldsElement("containsAll", 1));
    assertEquals(Optional.empty(), EmptyViews.resultWhereHoldsElement("get", 1));
    assertTrue(EmptyViews.isViewOfSameElements("entrySet"));
    assertTrue(EmptyViews.isViewOfSameElements("headMap"));
    assertFalse(EmptyViews.isViewOfSameElements("stream"));
  }

  @Test
  void aFieldOneConstructorForgetsIsNullAfterConstructionByThatConstructor() {
    ClassFacts facts =
        type(
            List.of(CACHE),
            constructor("Cache()", 5, Map.of()),
            constructor("Cache(int)", 8, Map.of("cache", FieldExit.ASSIGNED)));
    assertEquals(
        List.of(new NullCause.ConstructorLeavesUnassigned(3, "Cache()", 5)),
        EntryStates.afterConstruction(facts, CACHE));
  }

  @Test
  void anObjectTheClassBuildsWithANullMapHoldsItFromTheStart() {
    NullCause.ConstructedWithNull givenNull =
        new NullCause.ConstructedWithNull("Cache(Map)", 12, Map.of(), true);
    FieldFacts stored = withConstructedWithNull(CACHE, givenNull);
    BodyFacts storing = constructor("Cache(Map)", 5, Map.of("cache", FieldExit.ASSIGNED));
    BodyFacts get = method("get()", false, Map.of());
    ClassFacts facts = type(List.of(stored), storing, get);
    assertEquals(List.of(givenNull), EntryStates.atMethodEntry(facts, stored, get));
    assertEquals(
        "constructor `Cache(Map)` stores its parameter in it, and is called with null at line 12",
        givenNull.describe());
    NullCause.ConstructedWithNull givenVariable =
        new NullCause.ConstructedWithNull("Cache(Map)", 12, Map.of(), false);
    assertEquals(
        "constructor `Cache(Map)` stores its parameter in it, and is called with a value that may"
            + " be null at line 12",
        givenVariable.describe());
    assertEquals(
        Confidence.LOW,
        ConfidenceRules.assess(givenVariable, Optional.of(stored), Optional.of(facts)).confidence(),
        "a variable its method sets to null somewhere may hold a map by the call");
    assertEquals(
        Confidence.MEDIUM,
        ConfidenceRules.assess(givenNull, Optional.of(stored), Optional.of(facts)).confidence());
    FieldFacts completed =
        withConstructedWithNull(cacheField(false, false, true, false), givenNull);
    assertEquals(
        Confidence.LOW,
        ConfidenceRules.assess(givenNull, Optional.of(completed), Optional.of(facts)).confidence(),
        "code of the nest may assign the field on the object it has just built");
    assertEquals(
        "Pass an empty one instead of null at line 12, or check the field for null.",
        Advice.of(POLICY, givenNull, Optional.of(stored), Optional.of(facts)).text());
  }

  @Test
  void aConstantPassedWithTheNullMapKeepsThePromisesOfTheFlagItDecides() {
    NullCause.ConstructedWithNull text =
        new NullCause.ConstructedWithNull("Node(Kind, Map)", 20, Map.of("kind", "TEXT"), true);
    NullCause.ConstructedWithNull empty =
        new NullCause.ConstructedWithNull(
            "Node(boolean, Map)", 21, Map.of("filled", "false"), true);
    BodyFacts get = method("get()", false, Map.of());
    ClassFacts textOnly = type(List.of(withConstructedWithNull(CACHE, text)), get);
    Assessment tagged = ConfidenceRules.assess(text, Optional.of(CACHE), Optional.of(textOnly));
    assertEquals(Confidence.LOW, tagged.confidence(), "a tagged object serves what its tag says");
    assertEquals(
        ", if an object built at line 20, whose `kind` is TEXT, comes here", tagged.condition());
    assertTrue(
        NullConstruction.keepsPromise(textOnly, "kind == OBJECT", true, "cache"),
        "the TEXT node's kind is not OBJECT");
    assertFalse(NullConstruction.keepsPromise(textOnly, "kind == TEXT", true, "cache"));
    assertFalse(NullConstruction.keepsPromise(textOnly, "kind == OBJECT", false, "cache"));
    assertTrue(NullConstruction.keepsPromise(textOnly, "kind == OBJECT", false, "other"));
    ClassFacts both = type(List.of(withConstructedWithNull(CACHE, text, empty)), get);
    assertFalse(
        NullConstruction.keepsPromise(both, "kind == OBJECT", true, "cache"),
        "the empty node says nothing of `kind`");
    assertFalse(NullConstruction.keepsPromise(both, "filled", true, "cache"));
  }

  @Test
  void aMapCopiedFromABuilderThatMayHaveNoneIsNullFromTheStart() {
    NullCause.CopiedFromUnassigned lazy =
        new NullCause.CopiedFromUnassigned("Request(Builder)", "Builder", "headers", true);
    FieldFacts copied = withConstructedWithNull(CACHE, lazy);
    BodyFacts get = method("get()", false, Map.of());
    ClassFacts facts = type(List.of(copied), get);
    assertEquals(List.of(lazy), EntryStates.atMethodEntry(facts, copied, get));
    assertEquals(
        "constructor `Request(Builder)` stores in it the `headers` of a `Builder`, which a"
            + " constructor of `Builder` can leave unassigned",
        lazy.describe());
    assertEquals(
        Confidence.MEDIUM,
        ConfidenceRules.assess(lazy, Optional.of(copied), Optional.of(facts)).confidence(),
        "the builder creates its map only when needed");
    NullCause.CopiedFromUnassigned set =
        new NullCause.CopiedFromUnassigned("Request(Builder)", "Builder", "headers", false);
    assertEquals(
        Confidence.LOW,
        ConfidenceRules.assess(set, Optional.of(copied), Optional.of(facts)).confidence(),
        "a builder that never tests it relies on its setter being called");
    assertFalse(NullConstruction.keepsPromise(facts, "sent", true, "cache"));
  }

  @Test
  void aLambdaCreatedByAConstructorThatAssignsTheFieldMeetsOnlyNullAssignmentsAndResets() {
    BodyFacts empty = constructor("Cache()", 5, Map.of());
    BodyFacts copying = constructor("Cache(Cache)", 8, Map.of("cache", FieldExit.ASSIGNED));
    BodyFacts sometimes =
        constructor("Cache(boolean)", 11, Map.of("cache", new FieldExit(true, true, List.of())));
    BodyFacts close = method("close()", false, Map.of("cache", SET_NULL_EXIT));
    EntryStates.OfField states =
        EntryStates.of(type(List.of(CACHE), empty, copying, sometimes, close), CACHE);
    assertEquals(
        List.of(new NullCause.ResetElsewhere(30, "close()", true)),
        states.atCallbackEntry(true, false, copying, Optional.empty()),
        "it runs on an object that Cache(Cache) built, which holds the map until close()");
    assertEquals(
        List.of(
            new NullCause.ConstructorLeavesUnassigned(3, "Cache()", 5),
            new NullCause.ConstructorLeavesUnassigned(3, "Cache(boolean)", 11),
            new NullCause.ResetElsewhere(30, "close()", true)),
        states.atCallbackEntry(true, false, sometimes, Optional.empty()),
        "a creator that may leave the field null vouches for nothing");
    assertEquals(
        states.atCallbackEntry(true, false, sometimes, Optional.empty()),
        states.atCallbackEntry(true, false, null, Optional.empty()),
        "an unknown creator is any constructor");
  }

  @Test
  void aKeptCallbackThatTheResetWithdrawsMeetsTheResetOnlyIfItStillRunsAfterIt() {
    BodyFacts empty = constructor("Cache()", 5, Map.of());
    BodyFacts open = method("open()", false, Map.of("cache", FieldExit.ASSIGNED));
    BodyFacts close =
        new Body("close()")
            .exits(Map.of("cache", SET_NULL_EXIT))
            .withdraws(Set.of("heartbeat"), Set.of("clock"))
            .build();
    ClassFacts facts = type(List.of(CACHE), empty, open, close);
    EntryStates.OfField states = EntryStates.of(facts, CACHE);
    Optional<WithdrawnCallbacks.Holders> registered =
        Optional.of(new WithdrawnCallbacks.Holders(Set.of("heartbeat"), Set.of("clock")));
    List<NullCause> withdrawn = states.atCallbackEntry(false, false, open, registered);
    assertEquals(
        List.of(new NullCause.ResetBeforeCallback(30, "close()", true)),
        withdrawn,
        "close() clears the field that stores it and calls the clock it was handed to");
    assertEquals(
        Confidence.LOW,
        ConfidenceRules.assess(withdrawn.get(0), Optional.of(CACHE), Optional.of(facts))
            .confidence(),
        "whether the clock still runs it after close() is the clock's code");
    assertEquals(
        List.of(new NullCause.ResetElsewhere(30, "close()", true)),
        states.atCallbackEntry(
            false,
            false,
            open,
            Optional.of(new WithdrawnCallbacks.Holders(Set.of(), Set.of("executor")))),
        "a task handed to an executor that close() does not touch may still run");
    assertEquals(
        List.of(new NullCause.ResetElsewhere(30, "close()", true)),
        states.atCallbackEntry(false, false, open, Optional.empty()),
        "a lambda that also goes elsewhere is not withdrawn");
    assertEquals(
        Confidence.MEDIUM,
        ConfidenceRules.assess(
                new NullCause.ResetElsewhere(30, "close()", true),
                Optional.of(CACHE),
                Optional.of(facts))
            .confidence(),
        "a reset to null and a use elsewhere without a guard");
    assertEquals(
        List.of(), states.atCallbackEntry(false, true, open, Optional.empty()), "run at once");
  }

  @Test
  void aResetInOneHookUsedInAnotherIsTheSupertypesOrderAndLow() {
    BodyFacts begin = new Body("begin()").hook().exits(Map.of("cache", FieldExit.ASSIGNED)).build();
    BodyFacts end = new Body("end()").hook().exits(Map.of("cache", SET_NULL_EXIT)).build();
    BodyFacts accept = new Body("accept(String)").hook().build();
    BodyFacts total = new Body("total(String)").build();
    ClassFacts facts =
        type(List.of(CACHE), constructor("Cache()", 5, Map.of()), begin, end, accept, total);
    EntryStates.OfField states = EntryStates.of(facts, CACHE);
    assertTrue(Hooks.isHook(accept));
    assertFalse(Hooks.isHook(total), "public: any client calls it");
    List<NullCause> inHook = states.atEntry(accept);
    assertTrue(inHook.contains(new NullCause.ResetByHook(30, "end()", true)));
    assertEquals(
        Confidence.LOW,
        ConfidenceRules.mostConfident(inHook, Optional.of(CACHE), Optional.of(facts))
            .map(cause -> ConfidenceRules.assess(cause, Optional.of(CACHE), Optional.of(facts)))
            .orElseThrow()
            .confidence());
    List<NullCause> inPublic = states.atEntry(total);
    assertTrue(inPublic.contains(new NullCause.ResetElsewhere(30, "end()", true)));
    assertEquals(
        Confidence.MEDIUM,
        ConfidenceRules.mostConfident(inPublic, Optional.of(CACHE), Optional.of(facts))
            .map(cause -> ConfidenceRules.assess(cause, Optional.of(CACHE), Optional.of(facts)))
            .orElseThrow()
            .confidence());
  }

  @Test
  void aCallbackKeptInAFinalFieldRunsOnlyWhereACallMayKeepIt() {
    assertTrue(RegisteredCallbacks.mayKeep(null), "code not in view");
    assertTrue(
        RegisteredCallbacks.mayKeep(
            List.of(
                RegisteredCallbacks.ParameterUse.COMPARED, RegisteredCallbacks.ParameterUse.OTHER)),
        "subscribe(): compared, then added to the list");
    assertFalse(
        RegisteredCallbacks.mayKeep(List.of(RegisteredCallbacks.ParameterUse.LOOKED_UP_OR_REMOVED)),
        "unsubscribe(): removed from the list");
    assertFalse(RegisteredCallbacks.mayKeep(List.of()), "a parameter it never reads");
    assertTrue(RegisteredCallbacks.looksUpOrRemoves("contains"));
    assertFalse(RegisteredCallbacks.looksUpOrRemoves("add"));
    FieldFacts counts = field("counts", false, false);
    BodyFacts close =
        new Body("close()")
            .exits(Map.of("counts", SET_NULL_EXIT))
            .withdraws(Set.of("counts"), Set.of("bus"))
            .build();
    EntryStates.OfField states =
        EntryStates.of(type(List.of(counts), constructor("Cache()", 5, Map.of()), close), counts);
    assertEquals(
        List.of(new NullCause.ResetBeforeCallback(30, "close()", true)),
        states.atCallbackEntry(
            false, false, null, Optional.of(RegisteredCallbacks.holders(Set.of("bus")))),
        "close() calls the bus it was handed to before it drops the map");
  }

  @Test
  void aHelperThatOnlyTemplateHooksCallRunsInsideThem() {
    BodyFacts addStep = new Body("addStep(int)").protectedOne().build();
    assertTrue(
        Hooks.isHookHelper(addStep, List.of(() -> true, () -> true)),
        "every call is made on this by a template hook of a subclass");
    assertFalse(
        Hooks.isHookHelper(addStep, List.of(() -> true, () -> false)),
        "another caller decides its own order");
    assertFalse(Hooks.isHookHelper(addStep, List.of()), "nothing in view calls it");
    assertFalse(
        Hooks.isHookHelper(new Body("addStep(int)").build(), List.of(() -> true)),
        "public: any client calls it");
    assertFalse(
        Hooks.isHookHelper(new Body("addStep(int)").privateOne().build(), List.of(() -> true)),
        "private: it starts from its callers' states instead");
    NullCause unassigned =
        EntryStates.of(type(List.of(CACHE), constructor("Cache()", 5, Map.of()), addStep), CACHE)
            .atSubclassHookEntry()
            .get(0);
    assertEquals(new NullCause.UnassignedBeforeHook(3, "Cache()", 5), unassigned);
    assertEquals(
        Confidence.LOW,
        ConfidenceRules.assess(unassigned, Optional.of(CACHE), Optional.empty()).confidence());
  }

  @Test
  void theMessageNamesTheResetThatChangesNothingElseOfTheObject() {
    // remove() drops the map with its size; clear() drops it alone, which no state follows.
    BodyFacts remove =
        new Body("remove(String)")
            .exits(Map.of("cache", SET_NULL_EXIT))
            .withdraws(Set.of("cache", "size"), Set.of())
            .build();
    BodyFacts clear =
        new Body("clear()")
            .exits(Map.of("cache", SET_NULL_EXIT))
            .withdraws(Set.of("cache"), Set.of())
            .build();
    ClassFacts facts = type(List.of(CACHE), constructor("Cache()", 5, Map.of()), remove, clear);
    List<NullCause> causes =
        List.of(
            new NullCause.ResetElsewhere(30, "remove(String)", true),
            new NullCause.ResetElsewhere(40, "clear()", true));
    assertEquals(
        Optional.of(causes.get(1)),
        ConfidenceRules.mostConfident(causes, Optional.of(CACHE), Optional.of(facts)));
    assertEquals(
        Optional.of(causes.get(1)),
        ConfidenceRules.mostConfident(
            List.of(causes.get(1), causes.get(0)), Optional.of(CACHE), Optional.of(facts)));
  }

  @Test
  void anInitializerMethodAssignsTheFieldForEveryOtherMethodButDoesNotHideAReset() {
    BodyFacts setUp = method("setUp()", true, Map.of("cache", FieldExit.ASSIGNED));
    BodyFacts close =
        method(
            "close()",
            false,
            Map.of("cache", new FieldExit(false, false, List.of(SET_NULL_IN_CLOSE))));
    BodyFacts get = method("get()", false, Map.of());
    ClassFacts facts = type(List.of(CACHE), constructor("Cache()", 5, Map.of()), setUp, close, get);
    assertEquals(
        List.of(new NullCause.ResetElsewhere(30, "close()", true)),
        EntryStates.atMethodEntry(facts, CACHE, get));
    assertEquals(
        List.of(
            new NullCause.ConstructorLeavesUnassigned(3, "Cache()", 5),
            new NullCause.ResetElsewhere(30, "close()", true)),
        EntryStates.atMethodEntry(facts, CACHE, setUp),
        "the initializer itself starts from construction");
    assertEquals(
        List.of(new NullCause.ResetByEarlierCall(30, "close()", true)),
        EntryStates.atMethodEntry(facts, CACHE, close),
        "close() can be called twice: it starts from its own reset");
  }

  @Test
  void aFieldAFrameworkAssignsIsNeverNullAtMethodEntry() {
    FieldFacts injected = cacheField(true, false, false, false);
    ClassFacts facts = type(List.of(injected), constructor("Cache()", 5, Map.of()));
    assertEquals(List.of(), EntryStates.atMethodEntry(facts, injected, null));
  }

  @Test
  void aStaticFieldEveryConstructorAssignsIsNonNullInInstanceMethods() {
    FieldFacts registry = field("REGISTRY", true, false);
    BodyFacts instanceMethod = method("lookup()", false, Map.of());
    ClassFacts facts =
        type(
            List.of(registry),
            constructor("Registry()", 5, Map.of("REGISTRY", FieldExit.ASSIGNED)),
            instanceMethod,
            classInitialisation(Map.of()));
    assertEquals(List.of(), EntryStates.atMethodEntry(facts, registry, instanceMethod));
    assertEquals(
        List.of(new NullCause.StaticInitLeavesUnassigned(3, "Cache")),
        EntryStates.atMethodEntry(facts, registry, null),
        "code elsewhere may run before any instance exists");
  }

  @Test
  void aTransientFieldIsNullAfterDeserialisationUnlessTheClassRestoresIt() {
    FieldFacts transientCache =
        new FieldFacts(
            "cache",
            "cache",
            "java.util.Map",
            false,
            false,
            true,
            3,
            true,
            false,
            false,
            false,
            false,
            "",
            List.of(),
            List.of());
    BodyFacts constructor = constructor("Cache()", 5, Map.of("cache", FieldExit.ASSIGNED));
    assertTrue(
        Deserialisation.leavesNull(
            serializable(false, transientCache, constructor), transientCache));
    BodyFacts readObject =
        new Body("readObject(ObjectInputStream)")
            .privateOne()
            .parameters(1)
            .exits(Map.of("cache", FieldExit.ASSIGNED))
            .build();
    assertFalse(
        Deserialisation.leavesNull(
            serializable(false, transientCache, constructor, readObject), transientCache));
    BodyFacts writeReplace = new Body("writeReplace()").privateOne().build();
    assertFalse(
        Deserialisation.leavesNull(
            serializable(false, transientCache, constructor, writeReplace), transientCache));
    assertFalse(
        Deserialisation.leavesNull(serializable(true, transientCache, constructor), transientCache),
        "an enum");
  }

  @Test
  void aConstructorHookIsAnOverridableCallReachedThroughPrivateHelpers() {
    BodyFacts constructor =
        new Body("Base()")
            .kind(BodyKind.CONSTRUCTOR)
            .calls(List.of(new ThisCall("init()", "init()", 6, false)))
            .build();
    BodyFacts init =
        new Body("init()")
            .privateOne()
            .calls(
                List.of(
                    new ThisCall("configure()", "configure()", 10, true),
                    new ThisCall("log()", "log()", 11, false)))
            .build();
    ClassFacts base = type(List.of(), constructor, init);
    assertEquals(
        Map.of("configure()", new NullCause.SuperConstructorCall("Base()", 10, "configure()")),
        ConstructorHooks.of(base, key -> false));
  }

  @Test
  void anOverridableMethodTheSubclassLeavesAloneRunsTheSuperclassBodyAndItsHooks() {
    BodyFacts constructor =
        new Body("Base()")
            .kind(BodyKind.CONSTRUCTOR)
            .calls(List.of(new ThisCall("register()", "register()", 6, true)))
            .build();
    BodyFacts register =
        new Body("register()")
            .calls(List.of(new ThisCall("onRegister()", "onRegister()", 12, true)))
            .build();
    ClassFacts base = type(List.of(), constructor, register);
    assertEquals(
        Map.of(
            "register()", new NullCause.SuperConstructorCall("Base()", 6, "register()"),
            "onRegister()", new NullCause.SuperConstructorCall("Base()", 12, "onRegister()")),
        ConstructorHooks.of(base, key -> false));
    assertEquals(
        Map.of("register()", new NullCause.SuperConstructorCall("Base()", 6, "register()")),
        ConstructorHooks.of(base, "register()"::equals),
        "a subclass that replaces register() does not run its body");
  }

  @Test
  void theDeclarationFixIsOfferedOnlyWhereItCannotLoseWrites() {
    NullCause unassigned = new NullCause.ConstructorLeavesUnassigned(3, "Cache()", 5);
    ClassFacts plain = type(List.of(CACHE), constructor("Cache()", 5, Map.of()));
    assertEquals(
        Advice.INITIALISE_AT_DECLARATION,
        Advice.of(POLICY, unassigned, Optional.of(CACHE), Optional.of(plain)));

    BodyFacts init = method("init()", false, Map.of("cache", FieldExit.ASSIGNED));
    Advice namesInit =
        Advice.of(
            POLICY,
            unassigned,
            Optional.of(CACHE),
            Optional.of(type(List.of(CACHE), constructor("Cache()", 5, Map.of()), init)));
    assertFalse(namesInit.fixAtDeclaration());
    assertTrue(namesInit.text().startsWith("`init()` assigns it"), namesInit.text());
    assertTrue(namesInit.text().contains("@PostConstruct"), namesInit.text());

    FieldFacts finalField = field("cache", false, true);
    assertEquals(
        Advice.ASSIGN_OR_CHECK,
        Advice.of(POLICY, unassigned, Optional.of(finalField), Optional.of(plain)));
    FieldFacts unknownType =
        new FieldFacts(
            "cache",
            "cache",
            "com.acme.OddMap",
            false,
            false,
            false,
            3,
            false,
            false,
            false,
            false,
            false,
            "",
            List.of(),
            List.of());
    assertEquals(
        Advice.ASSIGN_OR_CHECK,
        Advice.of(POLICY, unassigned, Optional.of(unknownType), Optional.of(plain)));
    assertEquals(
        Advice.ASSIGN_OR_CHECK,
        Advice.of(POLICY, unassigned, Optional.empty(), Optional.empty()),
        "a local");
    assertFalse(
        Advice.of(
                POLICY,
                new NullCause.Deserialised(3, "Cache"),
                Optional.of(CACHE),
                Optional.of(plain))
            .fixAtDeclaration(),
        "an initialiser does not run on deserialisation");
  }

  @Test
  void everyUseIsReportedOnceWithItsMostConfidentPath() {
    List<ReportSelection.Candidate<String>> candidates =
        List.of(
            new ReportSelection.Candidate<>("cache", "use@20", Confidence.MEDIUM, "add:20"),
            new ReportSelection.Candidate<>("cache", "use@10", Confidence.LOW, "add:10"),
            new ReportSelection.Candidate<>("cache", "use@30", Confidence.MEDIUM, "helper:30"),
            new ReportSelection.Candidate<>(
                "cache", "use@30", Confidence.HIGH, "helper:30 from ctor"),
            new ReportSelection.Candidate<>("cache", "use@30", Confidence.MEDIUM, "helper:30 own"),
            new ReportSelection.Candidate<>("other.cache", "use@30", Confidence.LOW, "other:30"));
    assertEquals(
        List.of("add:20", "helper:30 from ctor"),
        ReportSelection.select(candidates, Confidence.MEDIUM),
        "every use is reported, once, with its most confident path; a hidden one hides nothing");
    assertEquals(
        List.of("add:20", "add:10", "helper:30 from ctor", "other:30"),
        ReportSelection.select(candidates, Confidence.LOW));
    assertEquals(
        List.of("helper:30 from ctor"), ReportSelection.select(candidates, Confidence.HIGH));
  }

  @Test
  void aMapCreatedOnlyInSomeStatesOfAStateFieldIsGatedByIt() {
    Set<String> stateFields = Set.of("status", "phase");
    assertEquals(
        Optional.of("status"),
        StateGates.gate(List.of(Set.of("status"), Set.of("mode", "status")), stateFields));
    assertEquals(
        Optional.empty(),
        StateGates.gate(List.of(Set.of("status"), Set.of()), stateFields),
        "one creation that no state test reaches first");
    assertEquals(
        Optional.empty(),
        StateGates.gate(List.of(Set.of("mode")), stateFields),
        "a field no method changes is configuration, not a state");
    assertEquals(Optional.empty(), StateGates.gate(List.of(), stateFields), "never created");
  }

  @Test
  void aMapGatedByStatesIsLowWhereThePathDependsOnTheirOrder() {
    FieldFacts gated = cacheField(false, false, false, false, "status");
    BodyFacts creator =
        method("open()", false, Map.of("cache", new FieldExit(true, true, List.of())));
    ClassFacts owner = type(List.of(gated), constructor("Cache()", 5, Map.of()), creator);
    Assessment inConstructor =
        ConfidenceRules.assess(
            new NullCause.NotYetAssignedInConstructor(3, "Cache()", 5),
            Optional.of(gated),
            Optional.of(owner));
    assertEquals(Confidence.LOW, inConstructor.confidence());
    assertEquals(
        ", if the object can come here in a state of `status` in which it has not been created",
        inConstructor.condition());
    assertEquals(
        inConstructor,
        ConfidenceRules.assess(
            new NullCause.ConstructorLeavesUnassigned(3, "Cache()", 5),
            Optional.of(gated),
            Optional.of(owner)));
    assertEquals(
        Assessment.CERTAIN,
        ConfidenceRules.assess(
            new NullCause.AssignedNull(12, true), Optional.of(gated), Optional.of(owner)),
        "a null assigned on the path itself depends on no state");
  }

  @Test
  void confidenceFollowsWhatThePathDependsOn() {
    NullCause unassigned = new NullCause.ConstructorLeavesUnassigned(3, "Cache()", 5);
    ClassFacts neverAssigned = type(List.of(CACHE), constructor("Cache()", 5, Map.of()));
    assertEquals(
        Assessment.CERTAIN,
        ConfidenceRules.assess(unassigned, Optional.of(CACHE), Optional.of(neverAssigned)));

    ClassFacts oneForgets =
        type(
            List.of(CACHE),
            constructor("Cache()", 5, Map.of()),
            constructor("Cache(int)", 8, Map.of("cache", FieldExit.ASSIGNED)));
    assertEquals(
        Confidence.MEDIUM,
        ConfidenceRules.assess(unassigned, Optional.of(CACHE), Optional.of(oneForgets))
            .confidence());

    BodyFacts setter = method("setCache(Map)", false, Map.of("cache", FieldExit.ASSIGNED));
    ClassFacts protocol = type(List.of(CACHE), constructor("Cache()", 5, Map.of()), setter);
    Assessment low = ConfidenceRules.assess(unassigned, Optional.of(CACHE), Optional.of(protocol));
    assertEquals(Confidence.LOW, low.confidence());
    assertEquals(", if `setCache(Map)` has not run first", low.condition());

    // A copy constructor passes another instance's value on: only the setter initialises.
    BodyFacts copyConstructor =
        new Body("Cache(Cache)")
            .kind(BodyKind.CONSTRUCTOR)
            .line(8)
            .exits(Map.of("cache", FieldExit.ASSIGNED))
            .copies("cache")
            .build();
    ClassFacts copied =
        type(List.of(CACHE), constructor("Cache()", 5, Map.of()), copyConstructor, setter);
    assertEquals(low, ConfidenceRules.assess(unassigned, Optional.of(CACHE), Optional.of(copied)));
    assertEquals(
        Assessment.CERTAIN,
        ConfidenceRules.assess(
            unassigned,
            Optional.of(CACHE),
            Optional.of(
                type(List.of(CACHE), constructor("Cache()", 5, Map.of()), copyConstructor))),
        "nothing but copies ever assigns it");

    // A setter that ignores a null argument leaves the field unchanged only where its caller
    // passed null: a setter still. One that can skip a real argument is an initialiser that may
    // complete without initialising.
    FieldExit maybeAssigned = new FieldExit(true, true, List.of());
    ClassFacts nullTolerant =
        type(
            List.of(CACHE),
            constructor("Cache()", 5, Map.of()),
            new Body("setCache(Map)")
                .exits(Map.of("cache", maybeAssigned))
                .skipsNullArgument()
                .build());
    assertEquals(
        low, ConfidenceRules.assess(unassigned, Optional.of(CACHE), Optional.of(nullTolerant)));
    ClassFacts filtering =
        type(
            List.of(CACHE),
            constructor("Cache()", 5, Map.of()),
            new Body("setCache(Map)").exits(Map.of("cache", maybeAssigned)).build());
    assertEquals(
        Confidence.MEDIUM,
        ConfidenceRules.assess(unassigned, Optional.of(CACHE), Optional.of(filtering))
            .confidence());

    FieldFacts completedByBuilder = cacheField(false, false, true, false);
    ClassFacts builtByBuilder =
        type(List.of(completedByBuilder), privateConstructor("Cache()", 5, Map.of()));
    Assessment builder =
        ConfidenceRules.assess(
            unassigned, Optional.of(completedByBuilder), Optional.of(builtByBuilder));
    assertEquals(Confidence.LOW, builder.confidence(), "a nested Builder completes the object");
    assertEquals(
        ", if an instance built through `Cache()` is used before the code that creates it assigns"
            + " the field",
        builder.condition());
    assertEquals(
        Assessment.CERTAIN,
        ConfidenceRules.assess(
            unassigned,
            Optional.of(completedByBuilder),
            Optional.of(type(List.of(completedByBuilder), constructor("Cache()", 5, Map.of())))),
        "a public constructor is for every caller");

    BodyFacts callback = callback("beforeInitialize()", Map.of("cache", FieldExit.ASSIGNED));
    Assessment framework =
        ConfidenceRules.assess(
            unassigned,
            Optional.of(CACHE),
            Optional.of(
                type(
                    List.of(CACHE),
                    constructor("Cache()", 5, Map.of()),
                    constructor("Cache(Map)", 8, Map.of("cache", FieldExit.ASSIGNED)),
                    callback)));
    assertEquals(Confidence.LOW, framework.confidence(), "one constructor leaves it to a callback");
    assertEquals(", if `beforeInitialize()` has not run first", framework.condition());
    assertEquals(
        Confidence.MEDIUM,
        ConfidenceRules.assess(
                unassigned,
                Optional.of(CACHE),
                Optional.of(
                    type(
                        List.of(CACHE),
                        constructor("Cache()", 5, Map.of()),
                        constructor("Cache(Map)", 8, Map.of("cache", FieldExit.ASSIGNED)),
                        callback(
                            "refresh()", Map.of("cache", new FieldExit(true, true, List.of()))))))
            .confidence(),
        "a callback that may leave it null is no initialiser");

    FieldFacts checked = cacheField(false, false, false, true);
    assertEquals(
        Confidence.MEDIUM,
        ConfidenceRules.assess(unassigned, Optional.of(checked), Optional.of(protocol))
            .confidence(),
        "the class itself expects null");

    FieldFacts visibleElsewhere = cacheField(false, true, false, false);
    assertEquals(
        Confidence.LOW,
        ConfidenceRules.assess(
                unassigned, Optional.of(visibleElsewhere), Optional.of(neverAssigned))
            .confidence());

    assertEquals(
        Confidence.MEDIUM,
        ConfidenceRules.assess(
                new NullCause.ResetElsewhere(30, "close()", true),
                Optional.of(CACHE),
                Optional.of(protocol))
            .confidence());
    ClassFacts testOnlyReset =
        type(
            List.of(CACHE),
            constructor("Cache()", 5, Map.of("cache", FieldExit.ASSIGNED)),
            new Body("reset()").forTesting().exits(Map.of("cache", SET_NULL_EXIT)).build());
    Assessment testReset =
        ConfidenceRules.assess(
            new NullCause.ResetElsewhere(30, "reset()", true),
            Optional.of(CACHE),
            Optional.of(testOnlyReset));
    assertEquals(Confidence.LOW, testReset.confidence(), "only tests reset it");
    assertEquals(", if `reset()`, which only tests call, has run", testReset.condition());
    assertEquals(
        Assessment.CERTAIN,
        ConfidenceRules.assess(SET_NULL_IN_CLOSE, Optional.empty(), Optional.empty()),
        "a local");
  }

  @Test
  void onlyInstanceMethodsThatAreNeitherPrivateNorFinalCanBeOverridden() {
    assertTrue(Overriding.isOverridable(false, false, false, false, false));
    assertFalse(Overriding.isOverridable(true, false, false, false, false));
    assertFalse(Overriding.isOverridable(false, true, false, false, false));
    assertFalse(Overriding.isOverridable(false, false, true, false, false));
    assertFalse(Overriding.isOverridable(false, false, false, true, false));
    assertFalse(Overriding.isOverridable(false, false, false, false, true));
  }

  /** An instance map field {@code cache} without an initialiser, declared at line 3. */
  private static FieldFacts cacheField(
      boolean externallyInitialised,
      boolean mayBeAssignedOutside,
      boolean completedByNestedCode,
      boolean nullChecked) {
    return cacheField(
        externallyInitialised, mayBeAssignedOutside, completedByNestedCode, nullChecked, "");
  }

  private static FieldFacts cacheField(
      boolean externallyInitialised,
      boolean mayBeAssignedOutside,
      boolean completedByNestedCode,
      boolean nullChecked,
      String stateGate) {
    return new FieldFacts(
        "cache",
        "cache",
        "java.util.Map",
        false,
        false,
        false,
        3,
        false,
        externallyInitialised,
        mayBeAssignedOutside,
        completedByNestedCode,
        nullChecked,
        stateGate,
        List.of(),
        List.of());
  }

  private static FieldFacts withConstructedWithNull(FieldFacts field, NullCause... causes) {
    return new FieldFacts(
        field.key(),
        field.name(),
        field.declaredType(),
        field.isStatic(),
        field.isFinal(),
        field.isTransient(),
        field.declarationLine(),
        field.hasInitializer(),
        field.externallyInitialised(),
        field.mayBeAssignedOutside(),
        field.completedByNestedCode(),
        field.nullChecked(),
        field.stateGate(),
        field.resetsOnOtherObjects(),
        List.of(causes));
  }

  private static FieldFacts field(String name, boolean isStatic, boolean isFinal) {
    return new FieldFacts(
        name,
        name,
        "java.util.Map",
        isStatic,
        isFinal,
        false,
        3,
        false,
        false,
        false,
        false,
        false,
        "",
        List.of(),
        List.of());
  }

  private static BodyFacts privateConstructor(
      String display, int line, Map<String, FieldExit> exits) {
    return new Body(display)
        .kind(BodyKind.CONSTRUCTOR)
        .line(line)
        .privateOne()
        .exits(exits)
        .build();
  }

  private static BodyFacts constructor(String display, int line, Map<String, FieldExit> exits) {
    return new Body(display).kind(BodyKind.CONSTRUCTOR).line(line).exits(exits).build();
  }

  private static BodyFacts method(
      String display, boolean initializer, Map<String, FieldExit> exits) {
    return new Body(display).initializer(initializer).exits(exits).build();
  }

  /** An override of a supertype's method. */
  private static BodyFacts callback(String display, Map<String, FieldExit> exits) {
    return new Body(display).overrides().exits(exits).build();
  }

  private static BodyFacts classInitialisation(Map<String, FieldExit> exits) {
    return new Body("<clinit>").kind(BodyKind.STATIC_INITIALIZER).line(0).exits(exits).build();
  }

  /** A body's facts: what a test sets, the usual values for the rest (a public method). */
  private static final class Body {
    private final String display;
    private BodyKind kind = BodyKind.METHOD;
    private int line = 20;
    private int parameters;
    private boolean isPrivate;
    private boolean isProtected;
    private boolean initializer;
    private boolean overrides;
    private boolean forTesting;
    private Map<String, FieldExit> exits = Map.of();
    private List<ThisCall> calls = List.of();
    private Set<String> copied = Set.of();
    private boolean skipsNull;
    private Set<String> fieldsAssigned = Set.of();
    private Set<String> fieldsCalled = Set.of();

    Body(String display) {
      this.display = display;
    }

    Body kind(BodyKind newKind) {
      kind = newKind;
      return this;
    }

    Body line(int newLine) {
      line = newLine;
      return this;
    }

    Body parameters(int count) {
      parameters = count;
      return this;
    }

    Body privateOne() {
      isPrivate = true;
      return this;
    }

    Body initializer(boolean isInitializer) {
      initializer = isInitializer;
      return this;
    }

    Body overrides() {
      overrides = true;
      return this;
    }

    Body protectedOne() {
      isProtected = true;
      return this;
    }

    /** A protected override: a hook that the supertype calls. */
    Body hook() {
      overrides = true;
      isProtected = true;
      return this;
    }

    Body forTesting() {
      forTesting = true;
      return this;
    }

    Body exits(Map<String, FieldExit> newExits) {
      exits = newExits;
      return this;
    }

    Body calls(List<ThisCall> newCalls) {
      calls = newCalls;
      return this;
    }

    Body copies(String field) {
      copied = Set.of(field);
      return this;
    }

    Body skipsNullArgument() {
      skipsNull = true;
      return this;
    }

    Body withdraws(Set<String> assigned, Set<String> called) {
      fieldsAssigned = assigned;
      fieldsCalled = called;
      return this;
    }

    BodyFacts build() {
      int parameterList = display.indexOf('(');
      String name =
          kind == BodyKind.CONSTRUCTOR
              ? "Cache"
              : parameterList < 0 ? display : display.substring(0, parameterList);
      return new BodyFacts(
          display,
          name,
          display,
          kind,
          line,
          parameters,
          !isPrivate && !isProtected,
          isPrivate,
          kind == BodyKind.STATIC_INITIALIZER,
          false,
          initializer,
          overrides,
          forTesting,
          true,
          exits,
          calls,
          copied,
          skipsNull,
          fieldsAssigned,
          fieldsCalled);
    }
  }

  private static ClassFacts type(List<FieldFacts> fields, BodyFacts... bodies) {
    return new ClassFacts(
        "Cache", false, false, false, false, false, false, fields, List.of(bodies));
  }

  private static ClassFacts serializable(boolean isEnum, FieldFacts field, BodyFacts... bodies) {
    return new ClassFacts(
        "Cache", false, false, isEnum, false, true, false, List.of(field), List.of(bodies));
  }

  @Test
  void aResetThatAlsoChangesWhatTheUseTestsLeavesALowFinding() {
    // commit() drops the write set and unlocks txLock; put() throws unless this thread holds it.
    BodyFacts commit =
        new Body("commit()")
            .exits(Map.of("cache", FieldExit.UNCHANGED))
            .withdraws(Set.of("cache"), Set.of("txLock"))
            .build();
    ClassFacts owner = type(List.of(CACHE), commit);
    NullCause reset = new NullCause.ResetElsewhere(40, "commit()", true);

    Assessment guarded =
        CorrelatedResets.guarded(
            reset,
            Assessment.medium(),
            Optional.of(CACHE),
            Optional.of(owner),
            () -> Set.of("txLock"));

    assertEquals(Confidence.LOW, guarded.confidence());
    assertEquals(
        ", if the test of `txLock` can let it through after `commit()`", guarded.condition());
    assertEquals(
        Confidence.LOW,
        CorrelatedResets.guarded(
                new NullCause.ResetByEarlierCall(40, "commit()", true),
                Assessment.medium(),
                Optional.of(CACHE),
                Optional.of(owner),
                () -> Set.of("txLock"))
            .confidence());
  }

  @Test
  void aMapNotYetCreatedPastATestOfStateEveryCreatorChangesIsLow() {
    // load() creates the map and names the source; get() throws while no source is named.
    BodyFacts load =
        new Body("load(String)")
            .exits(Map.of("cache", FieldExit.ASSIGNED))
            .withdraws(Set.of("cache", "source"), Set.of())
            .build();
    NullCause unassigned = new NullCause.ConstructorLeavesUnassigned(12, "Cache()", 14);

    Assessment guarded =
        CorrelatedResets.guarded(
            unassigned,
            Assessment.medium(),
            Optional.of(CACHE),
            Optional.of(type(List.of(CACHE), load)),
            () -> Set.of("source"));

    assertEquals(Confidence.LOW, guarded.confidence());
    assertEquals(
        ", if the test of `source` can let it through before `load(String)` creates it",
        guarded.condition());
    // A second creator that leaves the source alone: the class does not keep them in step.
    BodyFacts defaults =
        new Body("loadDefaults()")
            .exits(Map.of("cache", FieldExit.ASSIGNED))
            .withdraws(Set.of("cache"), Set.of())
            .build();
    assertEquals(
        Assessment.medium(),
        CorrelatedResets.guarded(
            unassigned,
            Assessment.medium(),
            Optional.of(CACHE),
            Optional.of(type(List.of(CACHE), load, defaults)),
            () -> Set.of("source")));
  }

  @Test
  void aResetThatChangesNothingTheUseTestsKeepsItsConfidence() {
    // abort() drops the map and leaves the lock held; a test of the map itself is no correlation.
    BodyFacts abort = new Body("abort()").withdraws(Set.of("cache"), Set.of()).build();
    ClassFacts owner = type(List.of(CACHE), abort);
    NullCause reset = new NullCause.ResetElsewhere(40, "abort()", true);

    assertEquals(
        Assessment.medium(),
        CorrelatedResets.guarded(
            reset,
            Assessment.medium(),
            Optional.of(CACHE),
            Optional.of(owner),
            () -> Set.of("txLock", "cache")));
    // Only a reset is in question: a map never created is the constructors' and checks' matter.
    assertEquals(
        Assessment.medium(),
        CorrelatedResets.guarded(
            new NullCause.ConstructorLeavesUnassigned(12, "Cache()", 14),
            Assessment.medium(),
            Optional.of(CACHE),
            Optional.of(owner),
            () -> Set.of("cache")));
  }

  @Test
  void onlyStateThatTheFlagRulesDoNotFollowCorrelatesAReset() {
    String lock = "java.util.concurrent.locks.ReentrantLock";
    assertTrue(CorrelatedResets.beyondFlagRules(lock, false, false, false, false, false));
    assertTrue(
        CorrelatedResets.beyondFlagRules("java.util.Optional", false, false, false, false, false));
    // `current == NO_SNAPSHOT`: a sentinel's identity.
    assertTrue(
        CorrelatedResets.beyondFlagRules("fixtures.Snapshot", false, false, false, true, true));
    // `position < rows.size()`, `phase.compareTo(OPEN) >= 0`: compared with another value.
    assertTrue(CorrelatedResets.beyondFlagRules("int", false, false, false, false, false));
    assertTrue(
        CorrelatedResets.beyondFlagRules("fixtures.Phase", true, false, false, false, false));
    // `if (journal != null)`: a sibling's null test, which the flag rules follow.
    assertFalse(CorrelatedResets.beyondFlagRules(lock, false, false, true, false, false));
    // `if (open)`, `size > INLINE`, `(flags & TRACK) != 0`, `phase == Phase.OPEN`.
    assertFalse(CorrelatedResets.beyondFlagRules("boolean", false, false, false, false, true));
    assertFalse(CorrelatedResets.beyondFlagRules("int", false, false, false, false, true));
    assertFalse(
        CorrelatedResets.beyondFlagRules("fixtures.Phase", true, false, false, false, true));
    assertFalse(
        CorrelatedResets.beyondFlagRules(
            "java.util.concurrent.atomic.AtomicBoolean", false, false, false, false, false));
    // `entries.isEmpty()`: a collection's emptiness, which the flag rules follow; `view == EMPTY`,
    // a sentinel collection's identity, they do not.
    assertFalse(
        CorrelatedResets.beyondFlagRules("java.util.List", false, true, false, false, false));
    assertTrue(CorrelatedResets.beyondFlagRules("java.util.Map", false, true, false, true, false));
    // A final query string answers alike for the object's life; a lock's state changes.
    assertFalse(CorrelatedResets.canChange("java.lang.String", true));
    assertFalse(CorrelatedResets.canChange("int", true));
    assertTrue(CorrelatedResets.canChange("java.lang.String", false));
    assertTrue(CorrelatedResets.canChange(lock, true));
  }

  @Test
  void onAnotherObjectEveryKindOfTestedFieldCorrelatesAReset() {
    // `if (open)` on the running object is the flag rules'; `tx.active` on another object is not.
    assertFalse(
        CorrelatedResets.testCounts(
            true, "boolean", false, false, false, false, false, () -> true));
    assertTrue(
        CorrelatedResets.testCounts(
            false, "boolean", false, false, false, false, false, () -> true));
    assertTrue(
        CorrelatedResets.testCounts(false, "int", false, false, false, false, false, () -> true));
    // A final immutable value answers alike for the object's life, whoever's it is.
    assertFalse(
        CorrelatedResets.testCounts(
            false, "java.lang.String", true, false, false, false, false, () -> false));
    // Another object's answer correlates on either object.
    assertTrue(
        CorrelatedResets.testCounts(
            true,
            "java.util.concurrent.locks.ReentrantLock",
            false,
            false,
            false,
            false,
            false,
            () -> true));
  }

  @Test
  void aCheckCalledBeforeTheUseTestsWhatItsOwnBodyTests() {
    assertTrue(CorrelatedResets.callTests(false, true, true));
    assertFalse(CorrelatedResets.callTests(true, true, true));
    assertFalse(CorrelatedResets.callTests(false, false, true));
    // noteIfClosed(): counts writes after close, guards nothing.
    assertFalse(CorrelatedResets.callTests(false, true, false));
    assertTrue(CorrelatedResets.queryTests(false));
    assertFalse(CorrelatedResets.queryTests(true));
  }

  @Test
  void aHelpersNullSideResultIsReadFromItsBodyWhereTheCallRunsTheClassesOwnBody() {
    // On this, overridable or not (a subclass's override has its findings of its own); on
    // another receiver only where no subclass can replace it.
    assertTrue(ResultsWhenNull.readsHelper(true, true));
    assertTrue(ResultsWhenNull.readsHelper(true, false));
    assertTrue(ResultsWhenNull.readsHelper(false, false));
    assertFalse(ResultsWhenNull.readsHelper(false, true));
  }

  @Test
  void staticPromisesRelateOnlyStaticStateAndHoldWhereStaticInitialisationEnds() {
    // A static flag that methods assign speaks for static maps only; an object's flag for the
    // object's maps; a static final flag for an object's maps too.
    assertTrue(StaticPromises.mayRelate(true, false, true));
    assertFalse(StaticPromises.mayRelate(true, false, false));
    assertFalse(StaticPromises.mayRelate(false, false, true));
    assertTrue(StaticPromises.mayRelate(false, false, false));
    assertTrue(StaticPromises.mayRelate(true, true, false));
    assertTrue(StaticPromises.isStaticFlag(true, false, true, true, false));
    assertFalse(StaticPromises.isStaticFlag(true, true, true, true, false));
    assertFalse(StaticPromises.isStaticFlag(true, false, true, true, true));
    // Where no initialiser assigns the field, the flag says what it says of the default value.
    assertEquals(
        Optional.of(false),
        StaticPromises.flagAfterStaticInitialisation(false, false, null, false));
    assertEquals(
        Optional.of(true), StaticPromises.flagAfterStaticInitialisation(true, false, true, false));
    assertEquals(
        Optional.empty(), StaticPromises.flagAfterStaticInitialisation(true, false, null, false));
    assertEquals(
        Optional.empty(), StaticPromises.flagAfterStaticInitialisation(false, false, null, true));
    // The map left null by the initialisation: only a flag known not to hold the value keeps it.
    ClassFacts unassigned =
        type(List.of(field("drivers", true, false)), classInitialisation(Map.of()));
    assertTrue(
        StaticPromises.keptByStaticInitialisation(unassigned, "drivers", Optional.of(false), true));
    assertFalse(
        StaticPromises.keptByStaticInitialisation(
            unassigned, "drivers", Optional.of(false), false));
    assertFalse(
        StaticPromises.keptByStaticInitialisation(unassigned, "drivers", Optional.empty(), true));
    ClassFacts created =
        type(
            List.of(field("drivers", true, false)),
            classInitialisation(Map.of("drivers", FieldExit.ASSIGNED)));
    assertTrue(
        StaticPromises.keptByStaticInitialisation(created, "drivers", Optional.empty(), false));
  }

  @Test
  void aCollectionIsEmptyUntilAnElementIsAddedAndAgainAfterClear() {
    assertEquals(CollectionEmptiness.Operation.IS_EMPTY, CollectionEmptiness.of("isEmpty", 0));
    assertEquals(CollectionEmptiness.Operation.SIZE, CollectionEmptiness.of("size", 0));
    assertEquals(CollectionEmptiness.Operation.ADD, CollectionEmptiness.of("add", 1));
    assertEquals(CollectionEmptiness.Operation.ADD, CollectionEmptiness.of("put", 2));
    assertEquals(CollectionEmptiness.Operation.CLEAR, CollectionEmptiness.of("clear", 0));
    assertEquals(CollectionEmptiness.Operation.NONE, CollectionEmptiness.of("containsKey", 1));
    // offer may fail without throwing; addAll may add nothing; a list iterator may add later.
    assertEquals(CollectionEmptiness.Operation.CHANGE, CollectionEmptiness.of("offer", 1));
    assertEquals(CollectionEmptiness.Operation.CHANGE, CollectionEmptiness.of("addAll", 1));
    assertEquals(CollectionEmptiness.Operation.CHANGE, CollectionEmptiness.of("listIterator", 0));
    // An iterator or a removal may empty it, never fill it.
    assertEquals(CollectionEmptiness.Operation.REMOVE, CollectionEmptiness.of("iterator", 0));
    assertEquals(CollectionEmptiness.Operation.REMOVE, CollectionEmptiness.of("remove", 1));
    // A size is never negative: size() > 0 and size() != 0 both ask whether it is empty.
    assertEquals(Boolean.FALSE, Counters.holdsWhereZero(IntComparison.GREATER, 0, false));
    assertTrue(CollectionEmptiness.createsEmpty("java.util.ArrayList", false));
    assertTrue(CollectionEmptiness.createsEmpty("java.util.concurrent.ConcurrentHashMap", false));
    assertFalse(CollectionEmptiness.createsEmpty("java.util.ArrayList", true));
    assertFalse(CollectionEmptiness.createsEmpty("java.util.WeakHashMap", false));
    assertFalse(CollectionEmptiness.createsEmpty("com.example.Bag", false));
    assertTrue(CollectionEmptiness.readsArgument("java.util.ArrayList", "<init>"));
    assertTrue(CollectionEmptiness.readsArgument("java.util.Collections", "unmodifiableList"));
    assertFalse(CollectionEmptiness.readsArgument("java.util.Collections", "addAll"));
  }

  @Test
  void aCountingLoopsFirstTestAsksWhetherItsBoundIsAtLeastOne() {
    // for (int i = 0; i < n; i++) first tests 0 < n: the flag that n > 0 and n < 1 test.
    assertEquals(CountingLoops.FIRST_TEST, IntComparison.GREATER.flagTested(0, false));
    assertEquals(CountingLoops.FIRST_TEST, IntComparison.LESS.flagTested(1, false));
    // readings.length == 0, > 0 and != 0 all ask whether the array holds an element.
    assertEquals(ConstantTests.ofLength(CountingLoops.FIRST_TEST), CountingLoops.holdsAnElement());
    assertEquals(Boolean.TRUE, Counters.holdsWhereZero(IntComparison.EQUAL, 0, false));
    assertEquals(Boolean.FALSE, Counters.holdsWhereZero(IntComparison.NOT_EQUAL, 0, false));
  }

  @Test
  void aFreshCounterIsComparedAsZero() {
    assertTrue(FreshCounters.startsAtZero(false, false));
    assertFalse(FreshCounters.startsAtZero(false, true));
    assertFalse(FreshCounters.startsAtZero(true, false));
    assertFalse(IntComparison.GREATER.holds(0, 3));
    assertTrue(IntComparison.LESS_OR_EQUAL.holds(0, 0));
    assertTrue(IntComparison.NOT_EQUAL.holds(0, -1));
  }

  @Test
  void aComparisonWithAConstantTestsAThreshold() {
    // n < 0 and n >= 0 test one flag with opposite answers; n > 2 is n >= 3; 3 > n is n < 3.
    assertEquals(">= 0", IntComparison.LESS.flagTested(0, false));
    assertFalse(IntComparison.LESS.flagWhereHolds(false));
    assertEquals(">= 0", IntComparison.GREATER_OR_EQUAL.flagTested(0, false));
    assertTrue(IntComparison.GREATER_OR_EQUAL.flagWhereHolds(false));
    assertEquals(">= 3", IntComparison.GREATER.flagTested(2, false));
    assertEquals(">= 3", IntComparison.GREATER.flagTested(3, true));
    assertFalse(IntComparison.GREATER.flagWhereHolds(true));
    assertEquals("== 5", IntComparison.NOT_EQUAL.flagTested(5, true));
    assertFalse(IntComparison.NOT_EQUAL.flagWhereHolds(false));
  }

  @Test
  void containsOfAConstantIsAMembershipTestThatNoOtherTestShares() {
    String test = ConstantTests.membership("contains", 1, "METRICS");
    assertEquals(test, ConstantTests.membership("contains", 1, "METRICS"));
    assertTrue(ConstantTests.isMembership(test));
    assertNull(ConstantTests.membership("containsAll", 1, "METRICS"));
    assertNull(ConstantTests.membership("contains", 2, "METRICS"));
    assertFalse(ConstantTests.isMembership(ConstantTests.equalTo("METRICS")));
    assertNull(ConstantTests.answerFor(test, "METRICS"));
  }

  @Test
  void aPrivateStateFieldOnlyTheClassAssignsIsFollowedUnlessACounterFollowsIt() {
    assertTrue(ConstantTests.followsField(true, false));
    assertFalse(ConstantTests.followsField(true, true));
    assertFalse(ConstantTests.followsField(false, false));
    // Private, of an int type or an enum, assigned only by the class's own code, no counter; a
    // static one too (policy StaticPromises).
    assertTrue(ConstantTests.followsStateField(true, true, false));
    assertFalse(ConstantTests.followsStateField(false, true, false));
    assertFalse(ConstantTests.followsStateField(true, false, false));
    assertFalse(ConstantTests.followsStateField(true, true, true));
    // A counter's tests of whether it is 0 are its own flag's; its others are state tests.
    assertTrue(ConstantTests.followsTestOf(false, "== 0"));
    assertFalse(ConstantTests.followsTestOf(true, IntComparison.NOT_EQUAL.flagTested(0, false)));
    assertFalse(ConstantTests.followsTestOf(true, IntComparison.GREATER.flagTested(0, false)));
    assertTrue(ConstantTests.followsTestOf(true, IntComparison.GREATER.flagTested(4, false)));
    assertTrue(ConstantTests.followsTestOf(true, IntComparison.LESS.flagTested(0, false)));
    assertTrue(ConstantTests.followsStateTest(ConstantTests.equalTo("OFFLINE")));
    assertTrue(ConstantTests.followsStateTest(IntComparison.LESS.flagTested(0, false)));
    assertFalse(ConstantTests.followsStateTest(ConstantTests.recordAccessor("enabled")));
    assertFalse(ConstantTests.followsStateTest(AtomicFlags.TEST));
  }

  @Test
  void anAdditionShiftsTheAnswersOfAVariablesTests() {
    String over = IntComparison.GREATER.flagTested(4, false);
    String atLeastFour = IntComparison.LESS.flagTested(4, false);
    String atThreshold = IntComparison.EQUAL.flagTested(4, false);
    List<String> tests = List.of(over, atLeastFour, atThreshold);
    // Neither over 4 nor below it: exactly 4; one more is over, and no longer 4.
    assertEquals(
        Map.of(over, true, atLeastFour, true, atThreshold, false),
        ConstantTests.answersAfterAdding(Map.of(over, false, atLeastFour, true), 1, tests));
    // Below 4 (at most 3): one more is at most 4, not over, maybe 4.
    assertEquals(
        Map.of(over, false),
        ConstantTests.answersAfterAdding(Map.of(over, false, atLeastFour, false), 1, tests));
    // Over (at least 5): one less is at least 4; over and at 4 are open.
    assertEquals(
        Map.of(atLeastFour, true),
        ConstantTests.answersAfterAdding(Map.of(over, true, atLeastFour, true), -1, tests));
    // A counter that never decreases and is not 0 is at least 1.
    assertEquals(
        Map.of(IntComparison.GREATER_OR_EQUAL.flagTested(2, false), true),
        ConstantTests.answersAfterAdding(
            Counters.answersOfFlag(Optional.of(false), false),
            1,
            List.of(IntComparison.GREATER_OR_EQUAL.flagTested(2, false))));
    assertEquals(
        Map.of(),
        ConstantTests.answersAfterAdding(
            Counters.answersOfFlag(Optional.of(false), true),
            1,
            List.of(IntComparison.GREATER_OR_EQUAL.flagTested(2, false))));
    assertEquals(Map.of(), ConstantTests.answersAfterAdding(Map.of(), 1, List.of("unrelated")));
  }

  @Test
  void anAtomicHoldersMethodsReadOrChangeItsState() {
    assertEquals(AtomicFlags.Operation.READ, AtomicStates.of("get", 0));
    assertEquals(AtomicFlags.Operation.READ, AtomicStates.of("getAcquire", 0));
    assertEquals(AtomicFlags.Operation.SET, AtomicStates.of("set", 1));
    assertEquals(AtomicFlags.Operation.COMPARE_AND_SET, AtomicStates.of("compareAndSet", 2));
    assertEquals(AtomicFlags.Operation.GET_AND_SET, AtomicStates.of("getAndSet", 1));
    // An AtomicInteger's arithmetic changes it; its number views do not.
    assertTrue(AtomicStates.changes("incrementAndGet", 0));
    assertTrue(AtomicStates.changes("updateAndGet", 1));
    assertFalse(AtomicStates.changes("intValue", 0));
    assertFalse(AtomicStates.changes("toString", 0));
    assertTrue(AtomicStates.holdsState("java.util.concurrent.atomic.AtomicReference"));
    assertFalse(AtomicStates.holdsState(AtomicFlags.TYPE));
    // compareAndSet(ARMED, DISARMED): "== ARMED" is false whichever it returned; "== IDLE" stays
    // false where it was; "== DISARMED" is open where the value was kept.
    assertEquals(Boolean.FALSE, AtomicStates.afterCompareAndSet(false, true, null));
    assertEquals(Boolean.FALSE, AtomicStates.afterCompareAndSet(false, false, false));
    assertNull(AtomicStates.afterCompareAndSet(false, false, null));
    assertNull(AtomicStates.afterCompareAndSet(true, false, null));
    assertNull(AtomicStates.afterCompareAndSet(true, true, null));
    // compareAndSet(NEW, STARTING) leaves "== RUNNING" as it was.
    assertTrue(AtomicStates.keepsAnswer(false, false));
    assertFalse(AtomicStates.keepsAnswer(true, false));
    assertFalse(AtomicStates.keepsAnswer(null, null));
  }

  @Test
  void aNewObjectsStateFieldHoldsZeroOrNull() {
    assertEquals(Boolean.TRUE, ConstantTests.answerForDefault("== 0"));
    assertEquals(Boolean.FALSE, ConstantTests.answerForDefault(">= 1"));
    assertEquals(Boolean.TRUE, ConstantTests.answerForDefault(">= 0"));
    assertEquals(Boolean.FALSE, ConstantTests.answerForDefault(ConstantTests.equalTo("OFFLINE")));
    assertNull(ConstantTests.answerForDefault(AtomicFlags.TEST));
  }

  @Test
  void aCaseWithSeveralLabelsRulesOutEveryOtherConstant() {
    List<String> labels =
        List.of(ConstantTests.equalTo("CONNECTED"), ConstantTests.equalTo("SYNCING"));
    assertEquals(
        Boolean.FALSE, ConstantTests.answerForOneOf(ConstantTests.equalTo("OFFLINE"), labels));
    assertNull(ConstantTests.answerForOneOf(ConstantTests.equalTo("SYNCING"), labels));
    assertEquals(
        Boolean.TRUE,
        ConstantTests.answerForOneOf(
            ConstantTests.equalTo("SYNCING"), List.of(ConstantTests.equalTo("SYNCING"))));
    assertNull(ConstantTests.answerForOneOf("== 3", labels));
  }

  @Test
  void aCheckOfTheClassTestsTheStatesItCompares() {
    assertTrue(StateGates.callTests(false, true, true, true));
    // A subclass may replace an overridable check; a query or a check that cannot fail tests
    // nothing; nor does a check that compares no state.
    assertFalse(StateGates.callTests(true, true, true, true));
    assertFalse(StateGates.callTests(false, false, true, true));
    assertFalse(StateGates.callTests(false, true, false, true));
    assertFalse(StateGates.callTests(false, true, true, false));
  }

  @Test
  void answersToTestsOfOneIntImplyAnswersToOthers() {
    // capacity < 0 throws, so capacity >= 0; where capacity == 0 fails, capacity > 0 holds.
    assertEquals(Boolean.TRUE, ConstantTests.implied(Map.of(">= 0", true, "== 0", false), ">= 1"));
    assertEquals(Boolean.FALSE, ConstantTests.implied(Map.of(">= 1", true), "== 0"));
    assertEquals(Boolean.TRUE, ConstantTests.implied(Map.of(">= 0", true, ">= 1", false), "== 0"));
    assertEquals(Boolean.FALSE, ConstantTests.implied(Map.of("== 3", true), ">= 4"));
    assertNull(ConstantTests.implied(Map.of(">= 0", true), "== 0"));
    assertNull(ConstantTests.implied(Map.of(">= 0", true), ">= 1"));
    assertEquals(
        Boolean.FALSE,
        ConstantTests.implied(
            Map.of(ConstantTests.equalTo("OPEN"), true), ConstantTests.equalTo("CLOSED")));
    assertNull(
        ConstantTests.implied(
            Map.of(ConstantTests.equalTo("OPEN"), false), ConstantTests.equalTo("CLOSED")));
    assertNull(ConstantTests.implied(Map.of(">= 1", true), "contains OPEN"));
    assertEquals(
        Map.of(">= 1", true),
        ConstantTests.impliedAnswers(
            Map.of(">= 0", true, "== 0", false), List.of(">= 0", "== 0", ">= 1", ">= 5")));
    assertEquals(Map.of(), ConstantTests.impliedAnswers(Map.of(), List.of(">= 1", "== 0")));
  }

  @Test
  void helpersReportOnlyTheNullsTheyGiveTheirOwnLocals() {
    NullCause literal = new NullCause.AssignedNull(27, true);
    Optional<NullCause> own =
        ReportSelection.ownNullInHelper(true, literal, "headers(String, Set)");
    assertEquals(Optional.of(new NullCause.LeftNullInHelper(27, "headers(String, Set)")), own);
    assertEquals(
        Confidence.LOW,
        ConfidenceRules.assess(own.get(), Optional.empty(), Optional.empty()).confidence());
    // A field's null, or a value that only may be null, depends on where the helper starts.
    assertTrue(ReportSelection.ownNullInHelper(false, literal, "headers(String, Set)").isEmpty());
    assertTrue(
        ReportSelection.ownNullInHelper(
                true, new NullCause.AssignedNull(27, false), "headers(String, Set)")
            .isEmpty());
  }

  @Test
  void aParameterTheClassPassesNullIsLowAndNamesTheCall() {
    NullCause passed = NullArguments.passedNull(72);
    assertEquals("the call at line 72 passes null for it", passed.describe());
    Assessment assessment = ConfidenceRules.assess(passed, Optional.empty(), Optional.empty());
    assertEquals(Confidence.LOW, assessment.confidence());
    assertEquals(", if the null passed at line 72 reaches it", assessment.condition());
    assertEquals(
        "Pass an empty one instead of null at line 72, or check the parameter for null.",
        Advice.of(POLICY, passed, Optional.empty(), Optional.empty()).text());
    // A null passed on names the call that passes it on, and the fix is in the method.
    NullCause.PassedNull passedOn = NullArguments.passedOn(28);
    assertEquals("the call at line 28 passes on a null for it", passedOn.describe());
    assertEquals(
        "Check the parameter for null before this use.",
        Advice.of(POLICY, passedOn, Optional.empty(), Optional.empty()).text());
    // A setter's parameter is followed only where a call passes the literal.
    assertEquals(
        Optional.of(NullSetters.passedNull(40)), NullArguments.causeOf(true, 40, 38, false));
    assertTrue(NullArguments.causeOf(true, null, 38, false).isEmpty());
    assertEquals(Optional.of(passedOn), NullArguments.causeOf(false, null, 28, true));
    // In a helper that starts from its callers, the null is still the one its own call passes.
    assertEquals(
        Optional.of(passed), ReportSelection.ownNullInHelper(true, passed, "render(String, Map)"));
  }

  @Test
  void aNullPassedOnReachesOnlyThroughParametersThatAreOnlyPassedOn() {
    // delete() passes null as newRequest's query (line 10); newRequest only passes query on to
    // buildUrl (lines 20 and 22), which passes it on to encode (line 30); send's body parameter is
    // used, so what it passes on is not followed; a directly given parameter keeps its own line.
    List<NullArguments.PassOn<String>> passOns =
        List.of(
            new NullArguments.PassOn<>("newRequest.query", "buildUrl.query", 22),
            new NullArguments.PassOn<>("newRequest.query", "buildUrl.query", 20),
            new NullArguments.PassOn<>("buildUrl.query", "encode.text", 30),
            new NullArguments.PassOn<>("send.body", "write.body", 40),
            new NullArguments.PassOn<>("buildUrl.query", "newRequest.query", 31));
    Map<String, Integer> reached =
        NullArguments.passedOnNull(
            Set.of("newRequest.query", "send.body"),
            passOns,
            parameter -> !parameter.equals("send.body"));
    assertEquals(Map.of("buildUrl.query", 20, "encode.text", 30), reached);
    assertTrue(NullArguments.passedOnNull(Set.of(), passOns, parameter -> true).isEmpty());
  }
}
