import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.mul_8(90) == 720, '90'
assert solution.mul_8(87) == 696, '87'
assert solution.mul_8(2) == 16, '2'
assert solution.mul_8(21) == 168, '21'
