#!/usr/bin/env bash
echo -838907 > /workspace/answer.txt
