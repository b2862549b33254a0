# Float format specs, including g and the spec without a type.
x = 3.14159265
print(f"{x:.2f} {x:8.3f} {x:<8.1f}| {x:+.0f} {x:e} {x:.3E} {x:g} {x:G}")
print(f"{1e16} {1e16:.3} {123.456:.3} {0.0001} {1e-5:g} {123456789.0:g} {1234.5:#g}")
print(f"{0.5:%} {0.25:.1%} {1234567.891:,.2f} {12345.678:_.1f} {1234.5:015,.2f}")
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f} {float('-0.0'):.1f} {float('-0.0'):z.1f}")
print(f"{float('inf'):f} {float('-inf'):+.2f} {float('nan'):F} {float('inf'):08.2f}")
print(f"{100.0:.2g} {1.0:.3} {12.0:.3} {99.5:.2} {1.5:10} {7:.2f} {7:e}")
print(f"{0.1 + 0.2} {0.1 + 0.2:.17g} {1/3:.10} {2/3:10.4}")
