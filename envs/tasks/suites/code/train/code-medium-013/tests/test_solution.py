import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.clamp_1_9(-12) == -9, '-12'
assert solution.clamp_1_9(-9) == -9, '-9'
assert solution.clamp_1_9(-5) == -5, '-5'
assert solution.clamp_1_9(6) == -1, '6'
