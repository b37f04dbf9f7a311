import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.clamp_6_14(-7) == -4, '-7'
assert solution.clamp_6_14(-4) == -4, '-4'
assert solution.clamp_6_14(0) == 0, '0'
assert solution.clamp_6_14(11) == 4, '11'
