import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.clamp_5_33(-8) == -5, '-8'
assert solution.clamp_5_33(-5) == -5, '-5'
assert solution.clamp_5_33(9) == 9, '9'
assert solution.clamp_5_33(30) == 23, '30'
