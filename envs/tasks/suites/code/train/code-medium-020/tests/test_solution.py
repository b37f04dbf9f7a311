import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.clamp_4_14(-9) == -6, '-9'
assert solution.clamp_4_14(-6) == -6, '-6'
assert solution.clamp_4_14(-1) == -1, '-1'
assert solution.clamp_4_14(11) == 4, '11'
