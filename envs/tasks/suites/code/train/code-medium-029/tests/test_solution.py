import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.clamp_2_39(-11) == -8, '-11'
assert solution.clamp_2_39(-8) == -8, '-8'
assert solution.clamp_2_39(10) == 10, '10'
assert solution.clamp_2_39(36) == 29, '36'
