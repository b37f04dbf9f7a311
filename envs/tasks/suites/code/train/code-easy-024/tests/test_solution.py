import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.sub_4(8) == 4, '8'
assert solution.sub_4(-18) == -22, '-18'
assert solution.sub_4(-5) == -9, '-5'
assert solution.sub_4(53) == 49, '53'
