import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.clamp_3_36(-10) == -7, '-10'
assert solution.clamp_3_36(-7) == -7, '-7'
assert solution.clamp_3_36(9) == 9, '9'
assert solution.clamp_3_36(33) == 26, '33'
