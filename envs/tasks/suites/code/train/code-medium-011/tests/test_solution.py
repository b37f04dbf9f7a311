import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.clamp_14_24(1) == 4, '1'
assert solution.clamp_14_24(4) == 4, '4'
assert solution.clamp_14_24(9) == 9, '9'
assert solution.clamp_14_24(21) == 14, '21'
