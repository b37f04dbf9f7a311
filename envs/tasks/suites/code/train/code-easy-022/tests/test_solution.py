import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.mul_40(90) == 3600, '90'
assert solution.mul_40(73) == 2920, '73'
assert solution.mul_40(60) == 2400, '60'
assert solution.mul_40(85) == 3400, '85'
