#!/usr/bin/env bash
grep -v 'olive' /workspace/cobalt.log > /workspace/sunny.log
