import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.clamp_0_15(-13) == -10, '-13'
assert solution.clamp_0_15(-10) == -10, '-10'
assert solution.clamp_0_15(-3) == -3, '-3'
assert solution.clamp_0_15(12) == 5, '12'
