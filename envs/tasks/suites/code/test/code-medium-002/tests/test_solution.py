import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.clamp_5_29(-8) == -5, '-8'
assert solution.clamp_5_29(-5) == -5, '-5'
assert solution.clamp_5_29(7) == 7, '7'
assert solution.clamp_5_29(26) == 19, '26'
