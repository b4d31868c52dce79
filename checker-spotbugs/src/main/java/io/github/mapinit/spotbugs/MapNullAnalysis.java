package io.github.mapinit.spotbugs;

import edu.umd.cs.findbugs.ba.BasicBlock;
import edu.umd.cs.findbugs.ba.DataflowAnalysisException;
import edu.umd.cs.findbugs.ba.DepthFirstSearch;
import edu.umd.cs.findbugs.ba.Edge;
import edu.umd.cs.findbugs.ba.EdgeTypes;
import edu.umd.cs.findbugs.ba.FrameDataflowAnalysis;
import edu.umd.cs.findbugs.ba.Location;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.MethodGen;

/**
 * The forward dataflow of a method: a {@link NullFrame} at every point, refined on the edges out of
 * a null test, so that the analysis is path-sensitive within the method.
 */
final class MapNullAnalysis extends FrameDataflowAnalysis<Value, NullFrame> {

  private final MethodGen methodGen;
  private final NullFrameVisitor visitor;

  MapNullAnalysis(MethodGen methodGen, DepthFirstSearch dfs, NullFrameVisitor visitor) {
    super(dfs);
    this.methodGen = methodGen;
    this.visitor = visitor;
  }

  @Override
  public NullFrame createFact() {
    return new NullFrame(methodGen.getMaxLocals());
  }

  @Override
  public void initEntryFact(NullFrame frame) {
    frame.setValid();
    frame.clearStack();
    for (int i = 0; i < frame.getNumSlots(); i++) {
      frame.setValue(i, Value.UNKNOWN);
    }
    if (!methodGen.isStatic() && frame.getNumLocals() > 0) {
      frame.setValue(0, Value.THIS);
    }
  }

  @Override
  public void transferInstruction(InstructionHandle handle, BasicBlock basicBlock, NullFrame fact)
      throws DataflowAnalysisException {
    visitor.setFrameAndLocation(fact, new Location(handle, basicBlock));
    visitor.analyzeInstruction(handle.getInstruction());
  }

  @Override
  public void meetInto(NullFrame fact, Edge edge, NullFrame result)
      throws DataflowAnalysisException {
    if (fact.isValid()) {
      if (edge.isExceptionEdge()) {
        NullFrame copy = modifyFrame(fact, null);
        copy.clearTested();
        copy.clearStack();
        copy.pushValue(Value.UNKNOWN);
        fact = copy;
      } else if (fact.tested() != null) {
        NullFrame copy = modifyFrame(fact, null);
        copy.clearTested();
        boolean taken = edge.getType() == EdgeTypes.IFCMP_EDGE;
        boolean nullSide = taken == fact.testedNullOnBranch();
        Value tested = fact.tested();
        // A failed instanceof says nothing: the value may be null, or of another type.
        boolean learnsNothing = nullSide && tested.role() == Value.Role.INSTANCE_TEST;
        if (!learnsNothing && !copy.refineOnTest(tested, nullSide)) {
          return;
        }
        fact = copy;
      }
    }
    mergeInto(fact, result);
  }

  @Override
  protected void mergeInto(NullFrame other, NullFrame result) throws DataflowAnalysisException {
    boolean resultWasValid = result.isValid() && !result.isTop();
    super.mergeInto(other, result);
    if (resultWasValid && other.isValid() && result.isValid()) {
      result.mergeFieldsFrom(other);
    }
  }

  @Override
  protected void mergeValues(NullFrame otherFrame, NullFrame resultFrame, int slot) {
    resultFrame.setValue(slot, Value.merge(resultFrame.getValue(slot), otherFrame.getValue(slot)));
  }
}
