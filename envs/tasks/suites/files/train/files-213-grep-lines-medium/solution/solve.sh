#!/usr/bin/env bash
grep 'cobalt' /workspace/sunny.log > /workspace/cobalt.log
